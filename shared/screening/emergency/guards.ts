/**
 * The guards of emergency screening (docs/rules.md §2; docs/screening.md): what makes a rule's hit not an emergency now
 * — negated, about prevention, figurative, about an animal or a thing, a habitual nuisance, past or settled,
 * hypothetical, or inside an administrative frame — and the words of the present that override them. Data an operator
 * can read; `classify.ts` applies them (`guardFor`). The rules themselves are in `rules.ts`.
 */

/** Settled, reported-on or past events (docs/rules.md §2: not an emergency now). Checked in the hit's clause. */
export const PAST = /(年初|后来.{0,6}(拉走|送走|送医|没事)|后来(咋样|怎么样|怎样)|好返|那天|那晚|那回|已经过去|([0-9]{1,2}|[一二三四五六七八九十]{1,2})月份|前阵子|前段时间|前些日子|早几日|前几日|出警了|处理结果|私了|道(过)?歉|被(派出所|警察|民警)带走|上回|前两天|前两年|前几年|拖走|恢复得|现在好了|已经好了|没事了|上半年|下半年|半年前|那年|前天|上个?礼拜|去年|前年|上个?月|上个?星期|上周|上次|之前|以前|早几年|几年前|年前|个月前|前几天|前些天|那次|曾经|小时候|当时|昨[天晚夜]|已经?(处理|解决|修好|报警|报过|结案|赔|找到|破案)|处理完|修好了|出过|找回来了|上个?学期|([0-9一两三四五六七八九十几]|半)个?(天|星期|礼拜|周)前)/;
/** Right after the matched words: "中风过", "车祸后", "火灾险", "中毒性" — a past event or a noun, not a happening. */
export const AFTER = /^(电话|伤过|广播|结案|查询|的?(老人|病人|患者|病史)|瓶子?|包装|住院|住过院|出院|(自动)?报警(系统|器)|价|证明|调查|报告|原因|了?(好几|几|好多|很多|一两|两三)个?(月|年|星期)|过|后|之后|以后|的事|那次|案|险|性|赔|理赔|认定|鉴定|补助|知识|培训|演练|演习|宣传|谣言|的话|的时候(怎么|能不能|要不要)|的?(风险|几率|概率|可能性)|信息|登记|专用|模拟|模型|假人|热线|法|记录|的心|大?甩卖|的?感觉|的?证书?|的?新闻|逃生|物|救援点|救生|(我家)?的?(雨棚|车顶|空调外机)|(年猪|猪|鸡|鸭|鹅|鱼|羊|牛))/;
/** Hypotheticals and how-to questions ("万一…怎么办"). */
export const HYPOTHETICAL = /(设想|以为|会不会|真要|真的要|真(的)?(着火|出事|起火)|怕(有|掉|砸|倒|出事|会|伤|哪天|以后)|怕[^，]{0,12}(踩空|摔|掉|砸|滚|出事|伤|着火|起火|触电|走丢|走失)|万一|如果|假如|假设|要是|倘若|若是|(^|[^别言书样])的话|担心|(^|[^好很真太])害怕|恐怕|以免|防止|隐患|往哪(跑|逃)|可能会|(咋|怎么)自救|遇到.{0,6}(咋办|怎么办)|着火了吗|一般(怎么|该|要)|到底(应该|该|要)|不是说现在|准备考试|再.{0,4}下去(就)?要?|(哪个|什么)号码|号码是多少|是打.{0,6}(吗|对吧|是吧)|一样的吗|容易|好易|不注意(就|会)|(会|就会)(踩空|摔|掉进|掉下|砸到|绊倒|滑倒|着火|起火|爆炸|触电|中毒)|暂时(没|还没|不会)|(想知道|想了解|请问|想问|提前了解).{0,12}(怎么|如何|应该|打什么)|(想问|咨询)(一下)?.{0,20}(是不是|要不要|对不对|流程|规定)|(想问问|想问一下|问一下).{0,20}(有没有|有冇得|能不能|可以|哪里|去哪))/;
/** Opens a hypothetical that runs on into the next clauses of its sentence (万一哪天起火了，整个车库都得烧起来). */
export const HYPOTHETICAL_LEAD = /(万一|如果|假如|假设|要是|倘若)/;
/**
 * A past word that opens a sentence (那天我亲眼看到…，两个人被撞飞，血流了一地) speaks of the next two clauses too —
 * unless the hit's clause comes back to now (今天, 又, 这次).
 */
export const PAST_LEAD = /(那天|那次|那晚|去年|前年|上个?月|上周|小时候|前些日子|前段时间|前阵子)/;
export const BACK_TO_NOW = /(今天|今早|今晚|又|这次|这回)/;
/**
 * A sentence that speaks of now (另外刚刚…, 今晚更过分…): a frame, a past word or a 万一 in another sentence of the
 * message does not speak of it (a question about a bill, then a live wire sparking).
 */
export const SENTENCE_NOW = /(刚刚|刚才|今天|今晚|今早|现在|正在|这会儿|此刻|眼下|另外|对了)/;
/** Right before the hit: prevention (防溺水, 预防中毒), not an event. */
export const PREVENTION = /(防|预防|防止|反)$/;
/** A past word right before the hit (前年中风, 那次车祸): past even when an urgency word is near. */
export const PAST_BEFORE = /(去年|前年|上个?月|上次|之前|以前|那次|曾经|早几年|几年前)$/;
/** Right before the hit, a subject that is not a person in danger (我家猫从阳台跳下去, 手机掉到河里); not for injuries (被狗咬伤). */
/** (放羊 is the herdsman, not the sheep.) */
const ANIMALS = '猫|狗|猫咪|狗狗|鸟|宠物|[^放赶喂]牛|[^放赶喂]羊|猪|马|驴';
export const NOT_A_PERSON = new RegExp(`(风|牌|${ANIMALS}|金鱼|手机|钥匙|钱包|东西|眼镜|电视|电脑|冰箱|家电|树|线)$`);
/** Before a blow only an animal is not a person (两只狗打架); a thing is what was smashed (砸东西打我妈). */
export const ANIMAL_BEFORE = new RegExp(`(${ANIMALS})$`);
/** Habitual smoke, fire or bangs (烧烤摊天天冒烟, 炉子冒烟): a nuisance, not an emergency; for these rules only. */
export const HABITUAL_BEFORE = /(爆米花|烧烤|烤|炉子|烟囱|摊|油烟|天天|每天|每晚|经常|老是|总是|成日|日日)/;
export const HABITUAL_RULES = ['fire', 'explosion', 'chemical', 'chemical-whole'];
/** Flames are never habitual (烧烤店的排烟管着火了 is a fire): the habitual guard is for smoke, smells and bangs. */
export const FLAMES = /(着火|起火|火苗)/;
/** Rules about a body in danger: in a message about an animal (我家的牛掉到水沟里, 附近哪里有兽医) their hits are the animal's. */
/** People trapped, short of breath or collapsed, and a fire an extinguisher did not put out, are never about a device, though the message may say 维修 (电梯困人了，维修的要一个钟才到). */
export const NOT_ABOUT_DEVICES = ['trapped', 'breathing', 'unconscious', 'fire'];
/**
 * Hazards to anyone nearby: an animal hurt by them (一头牛被电死) does not make them the animal's matter, and a thing
 * that burns or leaks (电视着火了, 电线杆上的线烧起来了) is the hazard, not a thing instead of a person (NOT_A_PERSON).
 */
export const HAZARD_RULES = ['live-wire', 'gas', 'chemical', 'chemical-whole', 'explosion', 'explosion-gas', 'collapse', 'fire', 'smoke-whole'];
export const ANIMAL_RULES = ['traffic', 'traffic-injury', 'drowning', 'poisoning', 'fall', 'unconscious', 'breathing', 'electrocution', 'trapped', 'seizure', 'stroke', 'stuck-whole'];
/** An injury an animal did to a person (被流浪狗咬了): the person's, though the message is about an animal. */
export const BY_AN_ANIMAL = /被.{0,4}(狗|猫|蛇|马|牛|猴|鹅).{0,2}(咬|抓|顶|踢|啄)/;
/** Figures of speech: 头都爆炸, 气得要爆炸 before the hit; 跟爆炸一样 after it. */
export const FIGURATIVE_BEFORE = /(等到|等得|原地|头都|头要|脑袋都|气得|气的(我|人)?|气到|急得像|排到|挤到|累到|热到|闷到|笑到|加到|忙到|做到|干到|打到|得像要?|(动静|声音)像|简直(是|要|就是)?|真是|气出|洗脑到|追杀到|压得(我|人)?|(让|叫)人想?|(吵|烦|气|急|闷|热|累|饿|忙|排|挤|催|熏|辣|多|罚|开|堵|大|加|减|瘦|腾|帅|美|甜|酷)(到|得)(我|人)?(快|想)?要?)$/;
/** Quote marks around a two-character word on its own (两个部门之间“打架”): a figure of speech, not quoted speech. */
export const QUOTE_OPEN = /[“"「]$/;
export const QUOTE_CLOSE = /^[”"」]/;
export const FIGURATIVE_AFTER = /^(了?(一样|似的|咁)(?!的)|了?一秒)/;
/**
 * The hit is inside a quoted name or a title (乐队名叫“心跳骤停”, 《爆炸》): a name, not an event. Quoted speech
 * (原话“我阿妈叫极都唔醒”, as operators write a call down) is not a name.
 */
export const QUOTED = /((贴的?|标着|标识|提示|牌子上?写?|叫|名叫|名字叫|名为|写着|写住|标着|题为|称为|叫做)[“「『"]|《)[^”》」』"]*$|(名叫|名字叫|节目叫|店叫|店名叫|名为|一家叫|叫做|写着|写住|标着)$/;
/** A negated hit: "没人受伤", "没有压到人". */
/** A wider negation, up to eight characters before the hit: 没看到有人受伤. */
export const NEGATION_WIDE = /没(看到|见到?|发现)有?人$/;
export const NEGATION = /(没有?人?|无人|未|不是说?|并非|差点|差一点|险些|不|不想|不敢|不愿)$/;

/**
 * Whole-message frames that make an emergency word administrative: claims, subsidies, training, devices, bills,
 * complaints about an emergency service, rumours. Overridden by an urgency word in the hit's clause.
 */
export const FRAMES: Array<{ id: string; re: RegExp; near?: boolean }> = [
  { id: 'fraud', re: /(骗子|诈骗|骗局|收款码|交押金|先交.{0,4}押金|像骗|骗钱|收到短信说|自称)/ },
  { id: 'joke', re: /(笑死|xswl|开玩笑|玩笑话|哈哈|闹着玩|其实是在|其实就是|(和|跟).{0,3}(玩|闹))/ },
  { id: 'notice', re: /(广播(里)?(说|提醒)|遇到火灾|提醒：|提示：|温馨提示|严禁|谨防|切勿)/ },
  { id: 'rumour', re: /(电视剧|演员|的戏|直播假装|梦话|网上有视频|演的剧本|是.{0,8}演的|在演(剧情|戏)|视频号|微博|警方通报|通报说|化妆成|万圣节|(车祸|血腥|血淋淋的?)(的)?(图片|照片|视频)|[Pp]成|博流量|的消息|係咪真|系咪真|冇新闻|辟谣|听讲.{0,20}(系咪真|是不是真|真的假的)|在传|(网上)?流传|(朋友圈|群里|网上)(在)?传|追剧|女主|男主|灾难片|动作片|快闪|魔术|小品|装晕|听.{0,4}说.{0,20}(是不是真|真的假的)|剧组|拍戏|排练|剧社|情景剧|话剧|拍短视频|手游|抖音|快手|刷到|(网上|抖音|快手|短|旧|一个|那个|这个)视频(说|里)|警匪片|安全教育|鬼屋|群里都在说|(^|[^厂作族])群里说有人|官方的?说法|造谣|有没有这回事|是真的吗|都在传|旧视频|小说里|梦到|噩梦|密室|剧本杀|谣言|网上说|网上有人说|电影(?!院)|游戏(里|中|里面|上)|玩.{0,8}游戏|剧里|梦见|做梦|看新闻|新闻(上|里|说|报道)|报道(说|了))/ },
  { id: 'claim', re: /(疫苗(已经)?打完|疫苗的钱|疫苗钱|疫苗花了|打疫苗花|险怎么报|反悔|理赔|维权|找.{0,6}赔|谁来赔|(怎么|咋)赔|社保|财产险|家财险|全责|误工费|工伤|伤情鉴定|鉴定报告|保险(?!丝)|报销|赔偿|赔款|索赔|认定书|伤残鉴定|工伤认定|救助申请|残疾证|长护险|责任险|意外险|交强险|车险|医保|医疗费|医药费|新农合|能报|垫付|见义勇为|锦旗|表扬|感谢信)/ },
  { id: 'training', re: /(请人.{0,4}讲|学了(心肺|急救|怎么|一些|点)|论文|课题|调研|统计数据|的课|去学(?!校)|急救课|安全课|复苏课|解剖|学一下|驾校|考科目|(写|练习)(一个|一段)?.{0,6}对话|教(?!练)(人|大家|我们)?.{0,4}(心肺复苏|急救)|想学|学习(心肺|急救|怎么)|学会|培训(?!机构|中心|学校)|课程|演练|演习|讲座|报名|急救员证|救护员|参观|宣传|知识)/ },
  { id: 'device', re: /((智能)?门锁.{0,4}(报警|提示)|呼叫器|AED|aed|申请装|误报|补助|报警器|灭火器|烟感|应急灯|消防栓|维修|防走失|手环|一键报警|充装|一键呼叫|补贴|血压计|血糖仪|体温计|去哪修|修理)/ },
  { id: 'bill', re: /(物业费|房价|涨价|燃气费|煤气费|电费|水费|账单|抄表|缴费|开户|多收)/ },
  // 收费站 and 电影院 are places, not a fee or a film.
  { id: 'service', near: true, re: /(投诉(?!过)|态度|太慢|不耐烦|不耐心|收费(?!站|处|口|岗|员)|不公).{0,12}|(120|110|119|122|救护车|急救车|消防队|消防员|交警|民警|派出所|接警|出警|急救中心|急救电话|接线员).{0,12}(问了好久|太慢|态度|占线|打不通|听不懂|拖了|找不着路|找不到路|砸坏|踹坏|弄坏|没有就近|处理得不对|不作为|就走了|收费|太贵|不公|送错|没人回复)/ },
  // Not 羊癫疯, 牛奶, 猫眼, 马路: a word that starts with an animal's name.
  { id: 'animal', re: /(宠物|兽医|流浪(猫|狗)|((我|俺|他|她|你|咱)(们)?家(里)?的?|一头|一只|一条)(狗|猫|牛|羊|猪|马|驴)(?!癫|奶|肉|眼|路|桶|逼|棚|圈))/ },
  { id: 'consumer', re: /(禁用农药|农药残留|打了.{0,4}农药|商家|野生动物|卖野生|不给换|才买|假农药|假药|假货|卖假(?!酒)|偷偷卖|质量问题|退货)/ },
  { id: 'legal', re: /(担责任|承担责任|律师|法律援助|起诉|离婚|证据|取证|法院|判决|拘留了|违法)/ },
];

/**
 * Where-to and lost-property questions (去哪修, 有没有人捡到, 落在出租车上): not an emergency, though their words
 * (救命, 找不到, 丢) can lead the learned model on. They guard its alarms only, never a rule's hit.
 */
export const ASKING = /((哪里|哪儿|去哪|哪个部门)(有|能|可以|办|修|充|捡|领)|有没有人捡到|失物招领|落在.{0,6}(车上|出租车|公交|地铁|食堂))/;

/**
 * The message says it is over (物业十分钟就把人放出来了; 已经在保安室找到了; 我用锅盖盖灭了): no rule counts but those
 * that say someone is hurt.
 */
export const OVER = /(没事(喇|啦)|已由.{0,6}救出|已(被)?救出|闷灭了|修好了|味都没了|接好了|在演练|在演习|盖(埋|上)(个)?盖|叫家长|的人已经出来了|确认没(漏|事|问题)|醒过来了|接回去了|是演习|结果是演|处理好了|救回来了|不是急事|不是紧急|已经关(了)?火|关了火|(拔|关|拉)了?(插头|电源|电闸|闸).{0,6}(就)?(好|没事|没烟)了|(才知道|原来)(他|她)?(在|是在)?(睡着|睡觉|晒太阳|午睡|演|开玩笑|闹着玩)|(已经|都)下车走了|救护车已经.{0,6}走|立案了|(电梯|里面|被困|维保).{0,12}人都出来了|(电梯|困人?).{0,6}已(经)?出来了|把人带走了|已经回家了|乱喊的|(已|已经)被.{0,6}(接走|送走|拉走)|已经(拉|接|送)走了|检查过.{0,4}(没事|没问题)|已经.{0,10}(带回|找到了|带走了|救出来了|救上来|放出来了|灭了|处理完|在处理|上门查过)|把人(放|救)出来了|(盖|扑|浇)灭了|(现在|已经)没事了|送(到)?医院了|是演练)/;

/** Words that say it is happening now; within ten characters of a hit they override the past, hypothetical and frame guards. */
export const URGENT = /(正在|到现在(都|还)?(没|未)(回|找到|醒|出来|联系|见)|(^|[^到])现在(?!想|要问|该|怎么|能不能|可以|还能|去哪|好了|已经|已|都好|没事|回家|出院|在家|又|早|恢复)|刚刚|刚才|快来|快点|快啲|救命|赶紧|马上|还在|仍在|快救|救救|来人|一直(在|流|喊|叫|抖|吐|不醒|没醒)|立刻|紧急|出不来|叫不醒)/;
