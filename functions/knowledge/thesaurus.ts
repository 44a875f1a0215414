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
  ['用人单位', '单位', '公司', '老板'],
  ['收费', '费用', '多少钱', '要钱'],
  ['就医', '看病', '就诊', '看医生'],
  ['接种', '打疫苗', '打针', '打预防针'],
  ['生育', '生孩子', '生小孩'],
  ['失业', '辞退', '裁员', '开除', '被炒'],
  ['入户', '落户', '迁户口'],
  ['入学', '上学', '读书'],
  ['转学', '转校'],
  ['投诉', '反映', '举报'],
  ['经营者', '商家', '店家', '卖家'],
  ['通道', '车道'],
  ['报销', '能报', '报多少'],
  ['犬', '狗'],
  ['补办', '补领', '重办', '补卡'],
  ['异地', '外地', '外省'],
  ['缴纳', '交', '缴', '买'],
  ['摆摊', '摆地摊', '摊贩'],
];

/** `unit` and its variants with one member of a synonym group swapped for another. */
export function variants(unit: string): string[] {
  const out = [unit];
  for (const g of SYNONYMS) {
    for (const m of g) {
      if (!unit.includes(m)) continue;
      for (const o of g) if (o !== m) out.push(unit.replace(m, o));
    }
  }
  return out;
}
