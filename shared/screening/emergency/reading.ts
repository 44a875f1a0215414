/**
 * How screening reads a message before its rules run (docs/rules.md §2; docs/screening.md, "Reading the message"):
 * Cantonese and other dialect words as Mandarin, one-character pinyin slips of key words, and key words typed in
 * pinyin. Data an operator can read; `classify.ts` `normalise` applies it.
 */

/** Cantonese (and a few other dialect) words and spellings → Mandarin, applied before the rules (longest first). */
/**
 * Traditional characters (Hong Kong, Macau, Taiwan, some overseas writers) of the words the rules read, each as its
 * simplified form, character for character: the two strings line up.
 */
export const TRADITIONAL: [string, string] = [
  '們頭暈騎機車後斷個這裡裏傷燒煙氣電門開關點搶殺槍護醫報發說話見喚幫從樓臺陽層墜嚴癲癇腦臉麼塊動應識禍輛邊對讓還沒來會過無難臟爐嗎嚇險彈廠鎖嚨腫藥蟲貓產剛現請趕緊馬號碼錢賊綁鬧帶兒媽爺鍋熱燙壓輪著為時間學師場區飛處聲響擊雙腳',
  '们头晕骑机车后断个这里里伤烧烟气电门开关点抢杀枪护医报发说话见唤帮从楼台阳层坠严癫痫脑脸么块动应识祸辆边对让还没来会过无难脏炉吗吓险弹厂锁咙肿药虫猫产刚现请赶紧马号码钱贼绑闹带儿妈爷锅热烫压轮着为时间学师场区飞处声响击双脚',
];

export const CANTONESE: Array<[string, string]> = [
  ['透唔到气', '喘不上气'], ['叫极都唔应', '叫不醒'], ['叫极都唔醒', '叫不醒'], ['叫唔醒', '叫不醒'], ['唔识郁', '动不了'], ['郁唔到', '动不了'],
  ['打紧交', '在打架'], ['打交', '打架'], ['火烛', '着火'], ['爆格', '入室盗窃'], ['打劫', '抢劫'], ['劏', '杀'],
  ['跌亲', '摔倒'], ['跌低', '摔倒'], ['白车', '救护车'], ['起唔到身', '起不来'], ['唔郁', '不动'], ['搵唔到', '找不到'], ['搵', '找'], ['揾唔到', '找不到'], ['揾', '找'], ['鲠亲', '噎住'], ['返屋企', '回家'], ['未返', '没回'], ['劈友', '砍人'], ['熄唔到', '灭不了'], ['唔识', '不会'], ['落去', '下去'], ['撞亲', '撞到'], ['跌落嚟', '掉下来'], ['跌咗落水', '落水'], ['跌落水', '落水'], ['流紧血', '流血'],
  ['食错药', '吃错药'], ['饮咗', '喝了'], ['食咗', '吃了'], ['揸住', '拿着'], ['细路', '小孩'], ['屋企', '家里'],
  ['喺度', '在这里'], ['𨋢度', '电梯里'], ['𨋢', '电梯'], ['入面', '里面'], ['喺', '在'], ['咗', '了'], ['佢', '他'], ['唔', '不'], ['冇', '没'], ['嘅', '的'],
  ['嚟', '来'], ['嘢', '东西'], ['畀', '被'], ['俾', '被'], ['瞓', '躺'], ['啲', '点'],
  ['落唔到嚟', '下不来'], ['落唔嚟', '下不来'], ['落唔返嚟', '下不来'], ['唔系', '不是'], ['而家', '现在'], ['冧', '塌'], ['嗌', '喊'], ['嗰', '那'], ['都系', '都是'],
  ['屋里厢', '屋里'], ['要系', '要是'], ['冚熄', '扑灭'], ['淥到', '烫到'], ['淥亲', '烫到'], ['辗到', '碾到'], ['老豆', '老爸'], ['攞住', '拿着'],
  ['企咗喺', '站在'], ['企喺', '站在'], ['反咗肚', '翻了'], ['早排', '前段时间'], ['惊跌落', '怕掉下'], ['旧年', '去年'], ['尋晚', '昨晚'], ['寻晚', '昨晚'], ['琴晚', '昨晚'], ['唔敢郁', '不敢动'], ['唔郁得', '动不了'], ['出唔到去', '出不去'],
  ['冇返嚟', '没回来'], ['漏紧气', '在漏气'], ['着活了', '着火了'], ['冇知觉', '没知觉'], ['琴日', '昨天'], ['寻日', '昨天'], ['尋日', '昨天'], ['早两日', '前两天'],
  // Not what they look like: 成条楼梯 (a whole staircase) is not a slip of 跳楼, an engine 打着火 is not on fire.
  ['条楼梯', '楼梯'], ['打着火', '发动着'],
  // Taiwan's words: 瓦斯 is gas, 机车 a motorbike.
  // More Cantonese: 唞气 is breathing, 升降机 a lift, 衫 clothes, …度 a place (车度: in the car), 前日 the day before yesterday.
  ['唞气', '喘气'], ['抖到气', '喘上气'], ['升降机', '电梯'], ['开唔到', '开不到'], ['件衫', '衣服'], ['车度', '车里'], ['屋度', '屋里'], ['地度', '地上'],
  ['积水度', '积水里'], ['喺地度碌', '在地上打滚'], ['前日', '前天'], ['扑熄', '扑灭'], ['瞓唔低', '躺不下'],
  // Northern 叫 for 被 (孙女叫人拉上面包车了); handwriting slips of 救 (求命).
  ['生喇', '生了'], ['攮了', '捅了'], ['叫人拿刀', '被人拿刀'], ['沿住', '沿着'], ['仲喺度', '还在'], ['仲喺', '还在'], ['围住', '围着'], ['瘫低', '瘫倒'], ['带走晒', '带走了'], ['叫人捅', '被人捅'], ['叫人拉', '被人拉'], ['叫人抱', '被人抱'], ['叫人打', '被人打'], ['叫人撞', '被人撞'], ['叫人抢', '被人抢'], ['叫人拐', '被人拐'], ['叫车撞', '被车撞'],
  ['求命', '救命'], ['求求我', '救救我'],
  // Shandong's 夜来 is yesterday.
  ['夜来晚上', '昨天晚上'], ['夜来黑夜', '昨天晚上'],
  ['瓦斯', '燃气'], ['好重味', '味道好重'], ['机车', '摩托车'],
];

/**
 * Pinyin-input slips: homophones of the characters in the key words below. Each key word is expanded into its
 * one-character slips (受伤 → 受上, 受商 …) and the slip is read as the key word.
 */
export const HOMOPHONES: Record<string, string> = {
  伤: '上商尚', 流: '留刘', 血: '雪学', 倒: '到岛', 迷: '谜密', 祸: '货', 火: '伙', 楼: '搂娄', 劫: '节结截',
  暴: '爆报', 塌: '踏', 梯: '提题', 炸: '咋诈', 漏: '露', 电: '点店', 药: '要', 难: '南男', 停: '听亭', 架: '价驾',
  人: '仁', 活: '或伙', 心: '新辛欣', 脏: '藏', 溺: '逆腻', 晕: '云运', 抽: '仇', 搐: '触', 泄: '谢泻', 窒: '至', 息: '习', 骤: '聚',
  砍: '坎', 杀: '沙', 救: '就旧', 命: '名明', 撞: '壮状', 困: '捆', 毒: '独读', 触: '出', 煤: '没媒梅', 呼: '乎', 吸: '西希', 跳: '条调', 昏: '婚', 厥: '决绝',
};

export const SLIP_WORDS = [
  '受伤', '流血', '出血', '晕倒', '昏迷', '昏倒', '昏厥', '困难', '骤停', '农药', '触电', '跳楼', '着火', '起火', '失火',
  '车祸', '抢劫', '家暴', '砍人', '杀人', '爆炸', '倒塌', '电梯', '泄漏', '绑架', '中毒', '溺水', '救命', '燃气', '窒息',
  '抽搐', '撞车', '被困', '煤气', '呼吸', '不想活', '心脏',
];

/**
 * Key words typed in pinyin (zhaohuole, jiu ming): read as the word. The syllables may be run together or apart;
 * only words whose pinyin is not also an everyday word (dajia is 大家 as often as 打架) are here.
 */
export const PINYIN: Array<[string, string]> = [
  ['zhao huo', '着火'], ['qi huo', '起火'], ['shi huo', '失火'], ['huo zai', '火灾'], ['jiu ming', '救命'],
  ['jiu jiu wo', '救救我'], ['shou shang', '受伤'], ['liu xue', '流血'], ['chu xue', '出血'], ['che huo', '车祸'],
  ['yun dao', '晕倒'], ['hun mi', '昏迷'], ['tiao lou', '跳楼'], ['chu dian', '触电'], ['zhong du', '中毒'],
  ['hun dao', '昏倒'], ['jiao bu xing', '叫不醒'], ['na dao', '拿刀'], ['shao shang', '烧伤'], ['ni shui', '溺水'], ['luo shui', '落水'], ['bao zha', '爆炸'], ['qiang jie', '抢劫'], ['jia bao', '家暴'],
  ['mei qi', '煤气'], ['ran qi', '燃气'], ['bei kun', '被困'], ['jiu hu che', '救护车'], ['sha ren', '杀人'],
  ['kan ren', '砍人'], ['bang jia', '绑架'], ['zhuang che', '撞车'], ['dao ta', '倒塌'], ['xie lou', '泄漏'],
  ['zhi xi', '窒息'], ['chou chu', '抽搐'], ['zhong feng', '中风'], ['nong yao', '农药'], ['yang shui', '羊水'],
];
