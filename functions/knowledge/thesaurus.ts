/**
 * Colloquial → written wording for knowledge questions. Citizens write 社保卡不见了, 楼上太吵, 几点可以扔;
 * articles say 丢失, 噪音扰民, 投放. The search scores the question as written and as rewritten with this table
 * and keeps the better match. An operator extends it as misses show up (`npm run bench:knowledge -- --misses`).
 */
export const THESAURUS: Array<[RegExp, string]> = [
  [/不见了|弄丢了?|丢了|掉了/g, '丢失'],
  [/老是坏|经常坏|坏了|坏掉/g, '故障'],
  [/[太好很]吵|吵死|声音太?大/g, '噪音扰民'],
  [/扔/g, '投放'],
  [/[买交缴]社保/g, '缴纳社保'],
  [/[上报入]户口/g, '户口登记'],
  [/外地|外省|回老家/g, '异地'],
  [/看病|看医生/g, '就医'],
  [/要钱|多少钱|贵/g, '收费'],
  [/生孩子|生小孩|产假/g, '生育'],
  [/辞退|被炒|开除|裁员/g, '失业'],
  [/自由职业|打零工|没有单位/g, '灵活就业'],
  [/打疫苗|打针/g, '接种疫苗'],
  [/公司|老板/g, '用人单位'],
  [/宝宝|婴儿|刚出生/g, '新生儿'],
  [/孩子|小孩|小朋友/g, '子女'],
  [/老人|长者|老年/g, '老年人'],
  [/假货|质量问题|维权/g, '消费纠纷'],
  [/拴绳|牵绳/g, '束犬链'],
  [/开.{0,4}药|拿药/g, '慢性病长处方'],
  [/熏|油烟味/g, '油烟'],
  [/打桩|半夜施工|晚上施工/g, '夜间施工'],
  [/沙发|旧床|家具|床垫/g, '大件垃圾'],
  [/咪表/g, '路边停车'],
  [/房贷/g, '购房贷款'],
  [/落户|迁户口/g, '入户'],
  [/读书|上学|读公办/g, '入学学位'],
  [/行李箱?|箱子/g, '携带物品'],
  [/几点开门|几点关门|几点收车/g, '首末班车'],
  [/扣押金|押金/g, '押金'],
  [/物业不管|物业不修/g, '物业'],
];

export function rewrite(q: string): string {
  return THESAURUS.reduce((s, [re, formal]) => s.replace(re, formal), q);
}
