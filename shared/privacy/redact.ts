/**
 * Redaction before anything a citizen typed is published (GZ Art.25, CS Art.28, WF Art.7: no personal privacy in
 * what is disclosed). A best-effort pass over free text: it removes what identifies a person — numbers, e-mail
 * addresses, names introduced as names or with a form of address, and street addresses down to the door — and is
 * applied only to text the citizen agreed to publish (functions/stats/open311.ts).
 */

const CJK = '\\u4e00-\\u9fa5';
const NUM = `\\d０-９一二三四五六七八九十百零〇两`;

const RULES: ReadonlyArray<[RegExp, string]> = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[邮箱已隐去]'],
  // ID card (17 digits + check), mobile with or without separators, landline with area code, any run of ≥ 5 digits.
  [/\d{17}[\dXx]|1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}|0\d{2,3}[-\s]?\d{7,8}|\d{3,4}[-\s]\d{7,8}|\d{5,}/g, '[号码已隐去]'],
  // "我叫王小明", "姓名：王小明", "联系人李四": the name after the words that introduce one.
  // "姓王", "王先生", "李阿姨": the surname before a form of address.
  [new RegExp(`姓(?!名)[${CJK}]`, 'g'), '姓某'],
  [new RegExp(`(我叫|姓名[:：]?|名字[:：]?|联系人[:：]?|户主[:：]?)[${CJK}]{2,3}`, 'g'), '$1[姓名已隐去]'],
  [new RegExp(`[${CJK}](先生|女士|小姐|师傅|阿姨|大爷|大妈|老师|同学|经理|老板)`, 'g'), '某$1'],
  // Street addresses: "…路12号", "…街道3巷5号", buildings, units and rooms ("3栋2单元501室").
  [new RegExp(`[${CJK}]{1,12}(路|街|大道|巷|弄|里)[${NUM}]+号(院)?`, 'g'), '[地址已隐去]'],
  [new RegExp(`[${NUM}A-Za-z]+(栋|幢|号楼|单元|室|号房|楼)([${NUM}A-Za-z]+(栋|幢|号楼|单元|室|号房|楼|层))*`, 'g'), '[地址已隐去]'],
];

export function redact(text: string): string {
  return RULES.reduce((t, [re, by]) => t.replace(re, by), text);
}
