/**
 * Interchangeable words of everyday Chinese that citizens and articles use for the same thing (丢了 / 丢失 / 不见了,
 * 小孩 / 子女, 狗 / 犬). General language, not fitted to any question list: the article's own common questions
 * (KnowledgeDoc.questions) carry the topic-specific wording. A unit of a question matches an article if the article
 * contains the unit or the unit with one member of a group swapped for another (functions/knowledge/search.ts).
 */
export const SYNONYMS: string[][] = [
  ['丢失', '丢了', '不见了', '遗失', '掉了', '被偷', '弄丢', '被扒', '找不到', '找不着'],
  ['故障', '坏了', '坏掉', '失灵', '停运', '毛病', '出问题'],
  ['维修', '修理', '维保', '保养'],
  ['噪音', '噪声', '太吵', '吵'],
  ['投放', '扔', '丢弃'],
  ['老年人', '老人', '长者', '老年'],
  ['子女', '孩子', '小孩', '儿童', '小朋友', '娃', '儿子', '女儿'],
  ['新生儿', '婴儿', '宝宝', '刚出生'],
  ['用人单位', '单位', '公司', '老板', '厂里', '厂子'],
  ['收费', '费用', '多少钱', '要钱'],
  ['就医', '看病', '就诊', '看医生'],
  ['接种', '打疫苗', '打针', '打预防针'],
  ['生育', '生孩子', '生小孩'],
  ['失业', '辞退', '裁员', '开除', '被炒', '下岗'],
  ['入户', '落户', '迁户口'],
  ['入学', '上学', '读书'],
  ['转学', '转校', '换学校'],
  ['投诉', '反映', '举报'],
  ['经营者', '商家', '店家', '卖家'],
  ['通道', '车道'],
  ['报销', '能报', '报多少'],
  ['犬', '狗'],
  ['补办', '补领', '重办', '补卡'],
  ['异地', '外地', '外省'],
  ['缴纳', '交', '缴', '买'],
  ['摆摊', '摆地摊', '摊贩'],
  // Everyday, elderly and dialect names of things (Cantonese: 单车, 升降机, 屋企, 嘈, BB, 出世).
  ['电梯', '升降梯', '升降机', '直梯'],
  ['自行车', '单车', '脚踏车', '山地车', '公路车'],
  ['消防车', '救火车'],
  ['消防', '救火'],
  ['身份证', '身分证', '二代证'],
  ['家里', '屋企', '屋里', '家中'],
  ['隔壁', '隔篱', '邻居'],
  ['出生', '出世', '生下来', '生下', '降生'],
  ['户口', '户籍', '户口本', '户口簿'],
  ['社保', '五险', '五险一金', '社会保险'],
  ['养老保险', '养老金', '养老钱'],
  ['失业金', '失业保险金', '失业补助', '失业补贴'],
  ['津贴', '补贴', '补助', '补助金'],
  ['公办', '公立'],
  ['工地', '建筑工地', '建楼', '盖楼', '起楼'],
  ['缺斤少两', '短斤少两', '短秤', '少秤', '缺秤'],
  ['路灯', '街灯'],
  ['井盖', '沙井盖', '下水井盖', '盖子'],
  ['地铁', '轻轨'],
  ['公交', '巴士', '公车', '公交车'],
  ['押金', '按金'],
  ['房东', '包租婆'],
  ['护照', '出国证件'],
  ['港澳通行证', '回乡证', '通行证'],
  ['疫苗', '预防针', '防疫针'],
  ['医保卡', '社保卡', '看病的卡'],
  ['油烟', '烟味', '烟熏'],
  ['装修', '装房子', '搞装修', '翻新'],
  ['垃圾', '废品', '废物'],
  ['倒闭', '跑路'],
  ['港澳', '香港', '澳门'],
  ['贷款', '借款', '借钱'],
  ['泊位', '停车位', '车位'],
  ['居住证', '暂住证'], // its name before 2016
  ['备案', '报备'],
  ['不亮', '灯黑了', '灯灭了'],
];

/** Variants already worked out: the search asks for the same strings over and over (every clause, every window). */
const known = new Map<string, string[]>();

/** `unit` and its variants with one member of a synonym group swapped for another. */
export function variants(unit: string): string[] {
  let out = known.get(unit);
  if (!out) {
    if (known.size > 20_000) known.clear();
    out = variantsOf(unit);
    known.set(unit, out);
  }
  return out;
}

function variantsOf(unit: string): string[] {
  const out = [unit];
  for (const g of SYNONYMS) {
    for (const m of g) {
      if (!unit.includes(m)) continue;
      for (const o of g) if (o !== m) out.push(unit.replace(m, o));
    }
  }
  return out;
}
