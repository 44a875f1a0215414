/**
 * Emergency screening data (docs/rules.md §2; GZ Art.11, CS Art.13, WF Art.19: matters for 110/119/120/122 are
 * not hotline matters). Everything the classifier knows is here, as data an operator can read: the spelling
 * normalisation, the rules with their numbers, and the guards that keep settled, hypothetical and administrative
 * messages from raising an alarm. The engine is `classify.ts`. Tuned only on `corpus/tuning.json`.
 */

export type EmergencyNumber = '110' | '119' | '120' | '122';

export const LINE_LABELS: Record<EmergencyNumber, string> = {
  '110': '报警 110',
  '119': '火警 119',
  '120': '急救 120',
  '122': '交通事故 122',
};

/** Cantonese words and spellings → Mandarin, applied before the rules (longest first). */
export const CANTONESE: Array<[string, string]> = [
  ['透唔到气', '喘不上气'], ['叫极都唔应', '叫不醒'], ['叫唔醒', '叫不醒'], ['唔识郁', '动不了'], ['郁唔到', '动不了'],
  ['打紧交', '在打架'], ['打交', '打架'], ['火烛', '着火'], ['爆格', '入室盗窃'], ['打劫', '抢劫'], ['劏', '杀'],
  ['跌亲', '摔倒'], ['撞亲', '撞到'], ['跌落嚟', '掉下来'], ['跌咗落水', '落水'], ['跌落水', '落水'], ['流紧血', '流血'],
  ['食错药', '吃错药'], ['饮咗', '喝了'], ['食咗', '吃了'], ['揸住', '拿着'], ['细路', '小孩'], ['屋企', '家里'],
  ['喺度', '在这里'], ['𨋢度', '电梯里'], ['𨋢', '电梯'], ['入面', '里面'], ['喺', '在'], ['咗', '了'], ['佢', '他'], ['唔', '不'], ['冇', '没'], ['嘅', '的'],
  ['嚟', '来'], ['嘢', '东西'], ['畀', '被'], ['俾', '被'], ['瞓', '躺'], ['啲', '点'],
];

/**
 * Pinyin-input slips: homophones of the characters in the key words below. Each key word is expanded into its
 * one-character slips (受伤 → 受上, 受商 …) and the slip is read as the key word.
 */
export const HOMOPHONES: Record<string, string> = {
  伤: '上商尚', 流: '留刘', 血: '雪', 倒: '到岛', 迷: '谜密', 祸: '货', 火: '伙', 楼: '搂娄', 劫: '节结截',
  暴: '爆报', 塌: '踏', 梯: '提题', 炸: '咋诈', 漏: '露', 电: '点店', 药: '要', 难: '南男', 停: '听亭', 架: '价驾',
  人: '仁', 溺: '逆腻', 晕: '云运', 抽: '仇', 搐: '触', 泄: '谢泻', 窒: '至', 息: '习', 骤: '聚',
  砍: '坎', 杀: '沙', 救: '就旧', 命: '名明', 撞: '壮状', 困: '捆', 毒: '独', 昏: '婚', 厥: '决绝',
};

export const SLIP_WORDS = [
  '受伤', '流血', '出血', '晕倒', '昏迷', '昏倒', '昏厥', '困难', '骤停', '农药', '触电', '跳楼', '着火', '起火', '失火',
  '车祸', '抢劫', '家暴', '砍人', '杀人', '爆炸', '倒塌', '电梯', '泄漏', '绑架', '中毒', '溺水', '救命', '燃气', '窒息',
  '抽搐', '撞车', '被困',
];

/** Settled, reported-on or past events (docs/rules.md §2: not an emergency now). Checked in the hit's clause. */
export const PAST = /(去年|前年|上个?月|上个?星期|上周|上次|之前|以前|早几年|几年前|年前|个月前|前几天|前些天|那次|曾经|小时候|当时|昨[天晚夜]|已经?(处理|解决|修好|报警|报过|结案|赔)|处理完|修好了)/;
/** Right after the matched words: "中风过", "车祸后", "火灾险", "中毒性" — a past event or a noun, not a happening. */
export const AFTER = /^(了?(好几|几|好多|很多|一两|两三)个?(月|年|星期)|过|后|之后|以后|的事|那次|案|险|性|赔|理赔|认定|鉴定|补助|知识|培训|演练|演习|宣传|谣言|的声音|的话|的时候怎么)/;
/** Hypotheticals and how-to questions ("万一…怎么办"). */
export const HYPOTHETICAL = /(万一|如果|假如|假设|要是|的话|担心|(^|[^好很真太])害怕|恐怕|以免|防止|隐患|容易|(想知道|想了解|请问|想问|提前了解).{0,12}(怎么|如何|应该|打什么))/;
/** A negated hit: "没人受伤", "没有压到人". */
export const NEGATION = /(没有?人?|无人|未|不是|并非)$/;

/**
 * Whole-message frames that make an emergency word administrative: claims, subsidies, training, devices, bills,
 * complaints about an emergency service, rumours. Overridden by an urgency word in the hit's clause.
 */
export const FRAMES: Array<{ id: string; re: RegExp }> = [
  { id: 'claim', re: /(理赔|保险(?!丝)|报销|赔偿|赔款|索赔|认定书|伤残鉴定|工伤认定|救助申请|残疾证|长护险)/ },
  { id: 'training', re: /(想学|学习|学会|培训|课程|演练|演习|讲座|报名|急救员证|救护员|参观|宣传|知识)/ },
  { id: 'device', re: /(报警器|灭火器|烟感|充电桩|充电柜|应急灯|消防栓|维修|充装|一键呼叫|补贴)/ },
  { id: 'bill', re: /(燃气费|煤气费|电费|水费|账单|抄表|缴费|开户|多收)/ },
  { id: 'service', re: /(投诉|态度|太慢|占线|打不通|收费|不公|没人回复).{0,12}|(120|110|119|122|救护车|消防队|交警|民警|派出所|接警|出警|急救中心).{0,12}(太慢|态度|占线|打不通|收费|太贵|不公|送错|没人回复)/ },
  { id: 'animal', re: /(宠物|兽医)/ },
  { id: 'rumour', re: /(谣言|网上说|网上有人说|电影|游戏|剧里)/ },
];

/** Words that say it is happening now; they override the past, hypothetical and frame guards in their clause. */
export const URGENT = /(正在|现在(?!想|要问|该|怎么|能不能|可以|还能|去哪)|刚刚|刚才|快来|快点|快啲|救命|赶紧|马上|还在|仍在|快救|救救|来人|一直|立刻|紧急|出不来|叫不醒)/;

export interface EmergencyRule {
  id: string;
  /** Shown to the citizen and the operator: why this was taken as an emergency. */
  label: string;
  numbers: EmergencyNumber[];
  /** Any of these matches (regular-expression sources, run on the normalised text). */
  patterns: string[];
  /** This rule also implies an injury (adds 120 to a traffic accident or a violent crime). */
  injury?: boolean;
  /** Run on the whole message rather than clause by clause (a cry for help that is the whole message). */
  whole?: boolean;
}

/**
 * Order is priority: the first rule that matches gives the primary number. Traffic comes last so that an accident
 * with an injury leads with 120 and still names 122.
 */
export const RULES: EmergencyRule[] = [
  { id: 'fire', label: '火灾、冒烟', numbers: ['119'], patterns: [
    '着火', '起火', '失火', '火灾', '火警', '烧起来', '自燃', '(冒|好多|很大的?|好大的?|很浓的?|浓)(黑|白)?烟', '冒出?.{0,4}烟', '(^|[^油])烟好大', '火好大', '烧焦味', '火场', '山火',
    '(楼道|走廊|屋里|房间|厨房|家里|楼上|楼下|隔壁|车里|窗口|窗户)里?(有|冒|好多|全是|都是)(黑|白)?烟', '(^|[^要胁言])放火', '纵火',
    '(电线|电箱|电表箱|插座|变压器).{0,6}(冒火|火花|打火|起火|冒烟)', '冒火花'] },
  { id: 'gas', label: '燃气泄漏', numbers: ['119'], patterns: [
    '(煤气|燃气|天然气|液化气|气瓶|气罐)(管道?)?.{0,4}(泄漏|漏气|漏了|爆裂|泄|喷)', '(煤气|燃气|天然气)(的?味|味道)', '漏气.{0,4}(嘶|响|味)', '(挖断|断了).{0,4}(燃气|煤气)'] },
  { id: 'explosion', label: '爆炸', numbers: ['119', '120'], injury: true, patterns: ['爆炸', '(煤气罐|气罐|气瓶|锅炉)(爆|炸)', '轰的一声'] },
  { id: 'chemical', label: '危险化学品泄漏', numbers: ['119'], patterns: [
    '(化学品|化工厂?|危化品|有毒气体|毒气|氨气|氯气|硫酸|盐酸|液体).{0,6}(泄漏|漏|洒|溅|翻)', '毒气', '有毒气体', '(槽罐车|罐车|危化品车)(翻|侧翻|泄漏)', '刺鼻.{0,6}(咳|呛|晕)'] },
  { id: 'collapse', label: '倒塌、掩埋', numbers: ['119', '120'], injury: true, patterns: [
    '(楼|房子?|墙|围墙|天花板?|屋顶|桥|棚)(倒塌|塌|倒了|塌下来)', '倒塌', '坍塌', '被埋', '压住了?.{0,3}人', '山体滑坡'] },
  { id: 'trapped', label: '有人被困', numbers: ['119', '110'], patterns: [
    '(困|关|卡)(在|住|了).{0,6}(电梯|车里|火场|里面|屋里|房间)', '电梯.{0,8}(关|困|卡)(住|在)?.{0,2}人', '电梯(困人|卡住|卡在)', '(反锁|锁)在.{0,4}(车|屋|房)里', '被困(?!扰)'] },
  { id: 'drowning', label: '溺水、落水', numbers: ['120', '110'], patterns: ['溺水', '落水', '掉(进|到|下)?.{0,4}(水|河|江|海|塘)里?', '被浪卷', '跳(河|江|海)', '(水|河|江|海|塘|池)里?.{0,3}掉(下去|进去)', '沉下去', '捞上来', '(被|给)?(洪水|大水|水|浪|河水|江水)冲走'] },
  { id: 'electrocution', label: '触电', numbers: ['120'], patterns: ['触电', '被电(到|倒|击|打)', '电击', '高压电', '被雷(劈|击|打)', '雷击'] },
  { id: 'fall', label: '高处坠落', numbers: ['120'], patterns: [
    '从.{0,8}(掉|摔|跌|坠|跳)(下|落)', '坠楼', '坠落', '高空坠', '跌落', '摔下去', '[楼窗台顶架梯].{0,3}(掉|摔|跌)(了)?下'] },
  { id: 'self-harm', label: '有人想轻生', numbers: ['110', '120'], patterns: [
    '跳楼', '跳桥', '(要|想)跳(下去|楼|河|桥|海|江)', '轻生', '自杀', '割腕', '不想活', '活不下去', '想死', '要去死',
    '(桥|楼顶|天台|窗|阳台|楼|河|江)(上|边|外|台).{0,8}(好像|像是|看样子|说)?要跳'] },
  { id: 'weapon', label: '持械伤人', numbers: ['110', '120'], injury: true, patterns: [
    '(拿|持|掏|揸|举起)(着|出)?.{0,4}(刀|枪|棍|斧)', '持刀', '砍人', '捅了', '刺伤', '(乱|要)砍', '有枪', '手里.{0,3}(刀|枪)', '伤人', '杀(人|了我|了他|了她)'] },
  { id: 'violence', label: '正在发生的暴力', numbers: ['110'], patterns: [
    '打架(?!子)', '打群架', '斗殴', '打人', '打老婆', '打老公', '打小孩', '打孩子', '打我(?!电话|手机)', '追着打', '被(人)?打(了|伤|得)', '家暴', '砸门', '喊救命',
    '在打(?!电话|针|卡|工|牌|球|游戏|官司|折|印|疫苗|麻将|扫)[^，]{0,5}(司机|保安|老人|小孩|孩子|女人|女的|男人|男的|学生|老婆|老公)'] },
  { id: 'robbery', label: '抢劫、盗窃正在发生', numbers: ['110'], patterns: [
    '抢劫', '抢(了|走)', '飞车抢', '被抢', '(进|入)(了)?贼', '贼入屋', '入室盗窃', '小偷.{0,4}(还在|在屋|在家)', '(正在|在)(撬|偷)', '撬(门|锁)',
    '抢(包|手机|钱|东西|项链|金链|耳环)', '(正在|在)抢', '有人.{0,3}撬', '撬车'] },
  { id: 'abduction', label: '绑架、拐带', numbers: ['110'], patterns: [
    '绑架', '拐(小孩|卖|走)', '(抱|拉|拖)(上|进).{0,3}车', '强行.{0,4}(抱|拉|拖|带)', '被.{0,4}(抱走|带走|拐)'] },
  { id: 'threat', label: '扬言伤害他人', numbers: ['110'], patterns: [
    '(要|扬言|说要|威胁要?).{0,4}(杀|砍|炸|烧了|放火)', '杀了我', '砍死', '往下(扔|丢|抛)(刀|菜刀|砖头?|石头|花盆|玻璃|酒瓶)'] },
  { id: 'missing', label: '有人走失、失联', numbers: ['110'], patterns: [
    '(孩子|小孩|女儿|儿子|娃|老人|老爸|老妈|我爸|我妈|奶奶|爷爷|外婆|外公|老伴|人)(在[^的]{0,6})?(突然)?(走失|走丢|不见了|找不到了|联系不上|失联)(?!手环|卡|牌|险)',
    '走(丢|失)了?(一个|个)?(小孩|孩子|老人)', '(出门|出去|放学|下班).{0,6}(不见了|找不到了|联系不上)',
    '(一直|还)没(回家|回来).{0,6}(联系不上|找不到|打不通)'] },
  { id: 'intruder', label: '被跟踪、有人要闯入', numbers: ['110'], patterns: [
    '被(人|陌生人|一个男的?|坏人)?跟踪', '(一直|有人|有个人|陌生人).{0,4}跟着我', '(敲|砸|踹|撬)(我家?的?)?门.{0,6}(不走|不停|要进来)',
    '闯进(我家|屋|家里|来)', '(陌生人|男人|有人).{0,6}(翻|爬)(窗|墙|阳台)'] },
  { id: 'cry', label: '呼救', numbers: ['110'], whole: true, patterns: ['^(快|大家|谁来|来人)?(救命|救救我|救救我们)(啊|呀|哇|呐)*$'] },
  { id: 'labour', label: '分娩、孕期出血', numbers: ['120'], patterns: [
    '羊水', '要生了', '(孕妇|怀孕|阵痛).{0,10}(出血|流血|剧痛|肚子痛)', '阵痛', '宝宝.{0,4}要出来'] },
  { id: 'poisoning', label: '中毒、误服', numbers: ['120'], patterns: [
    '中毒', '农药', '误(吃|服|喝)', '吃错药', '老鼠药', '喝了?洗洁精', '(吃|吞|喝)了?.{0,4}(一整|好多|很多|一大把|整瓶|一瓶|一板).{0,4}(药|片)', '(吃|吞)了?.{0,6}安眠药',
    '(吞|吃|误吞|喝|舔)(了|咗)?.{0,6}(纽扣电池|电池|磁铁|磁珠|硬币|干燥剂|洗衣液|洗衣凝珠|消毒水|消毒液|84|漂白水|杀虫剂|老鼠药)', '野生?蘑菇.{0,6}(中毒|吐|晕)', '上吐下泻', '吐白沫', '一氧化碳', '烧炭'] },
  { id: 'stroke', label: '疑似中风', numbers: ['120'], patterns: [
    '中风', '嘴(巴)?歪', '口角歪', '半边(身|身子|脸)', '一边(手|脸|身).{0,3}(没力|麻|动不了)', '(说|讲)(话|东西)?.{0,2}(含糊|不清)', '手没力'] },
  { id: 'breathing', label: '呼吸或心脏危急', numbers: ['120'], patterns: [
    '没有?(了)?(呼吸|心跳)', '摸不到心跳', '心脏(病发|病发作|骤停)', '心脏病', '喘不(上|过)气', '呼吸(困难|很弱|急促)', '不能呼吸', '窒息',
    '卡住喉咙', '卡住.{0,3}(喉|不能呼吸)', '(胸口|心口)(好|很)?痛', '(胸口|心口)(好|很|特别|突然)?(痛|疼).{0,6}(冷汗|喘|晕|动不了|受不了)', '胸(好|很)闷', '嘴唇发紫', '脸.{0,2}紫', '哮喘(发作|发了)', '心肺复苏',
    '过敏.{0,8}(喘|呼吸|喉咙肿|休克)'] },
  { id: 'seizure', label: '抽搐、惊厥', numbers: ['120'], patterns: [
    '抽搐', '惊厥', '翻白眼', '(两眼|眼睛|眼)(往上|向上)?上?翻', '癫痫(发作|发了)', '(发烧|高烧|烧到|宝宝|孩子|小孩|婴儿|BB|老人).{0,6}抽筋'] },
  { id: 'unconscious', label: '失去意识', numbers: ['120'], patterns: [
    '晕倒', '昏迷', '昏倒', '昏过去', '晕过去', '不省人事', '叫不醒', '(叫|喊|拍).{0,4}没有?(了)?反应', '怎么叫都没反?应', '没有?(了)?意识', '晕在', '倒在地上',
    '倒地', '(突然|一下子?)倒(下|地)', '昏厥', '快不行了'] },
  { id: 'bleeding', label: '大量出血', numbers: ['120'], injury: true, patterns: [
    '(流|出)(了)?(好多|很多|大量|一地|成地)?血', '血(止不住|流不停|一直流)', '大出血', '(吐|咳)(了)?.{0,3}血', '满脸是血', '头破', '血流'] },
  { id: 'injury', label: '有人受伤', numbers: ['120'], injury: true, patterns: [
    '受(了)?(重)?伤', '伤得', '重伤', '砸(伤|中|到)', '烫伤', '烧伤', '咬伤', '夹(到|伤|断)', '(手|指|脚).{0,4}(切断|断了)', '骨(头)?.{0,3}断',
    '摔(伤|倒)', '动不了', '(叫|快叫)(救护车|急救)', '急救车',
    '被.{0,4}烫', '烫(到|了)一大片', '(被|给).{0,4}(机器|机械|绞肉机|传送带|滚筒|搅拌机)(卷|绞|夹|压|轧)', '卷进(去|机器)'] },
  { id: 'traffic-injury', label: '交通事故有人受伤', numbers: ['120', '122'], injury: true, patterns: [
    '被.{0,4}车.{0,2}撞', '撞(飞|倒|伤)', '撞(到|亲|了)?.{0,2}(人|小孩|老人|行人|阿伯|阿婆|小朋友)', '压在车(底|下)', '碾压'] },
  { id: 'traffic', label: '交通事故', numbers: ['122'], patterns: [
    '车祸', '交通事故', '撞车', '追尾', '两车相撞', '相撞', '车撞', '(汽车|货车|摩托车?|电动车|的士|公交车?|单车|车).{0,4}撞',
    '翻车'] },
];
