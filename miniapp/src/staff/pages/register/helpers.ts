/** The registration form's limits, messages and small text helpers. */
import type { RegistrationForm } from '../../services/register';
import type { StaffMatter } from '../../../../../shared/views';

export const CONTENT_MIN = 10;
export const CONTENT_MAX = 2000;
export const FIX_FIELDS_MESSAGE = '请按提示修改后再登记';
export const NETWORK_UNSURE_MESSAGE =
  '网络中断，登记可能已经成功。请先在右侧“可能重复的在办诉求”或工作队列中核对，确认没有登记后再重试，避免重复登记。';
export const CONSULTATION_ONLY_MESSAGE = '只有咨询类诉求可以直接答复：请先把类别选为“咨询”';
export const NOT_CENTER_MESSAGE = '只有热线工作机构的话务员可以登记电话诉求';
export const SNIPPET_CHARS = 120;

/** Field → its `data-kb` name, in form (and Tab) order. */
export const FIELD_KEYS: ReadonlyArray<[keyof RegistrationForm, string]> = [
  ['callerPhone', 'phone'],
  ['contactName', 'name'],
  ['category', 'category'],
  ['district', 'district'],
  ['address', 'address'],
  ['content', 'content'],
  ['confidential', 'confidential'],
];

/** The phone is typed on a desktop keyboard in H5 (no number spinner there); weapp shows the number pad. */
export const PHONE_INPUT_TYPE: 'number' | 'text' = process.env.TARO_ENV === 'weapp' ? 'number' : 'text';

/** `已输入 5 字，还需至少 5 字` / `已输入 120 字（最多 2000 字）`. */
export function contentCounter(content: string): string {
  const n = content.trim().length;
  if (n < CONTENT_MIN) return `已输入 ${n} 字，还需至少 ${CONTENT_MIN - n} 字`;
  if (n > CONTENT_MAX) return `已输入 ${n} 字，超出 ${n - CONTENT_MAX} 字，请删减`;
  return `已输入 ${n} 字（最多 ${CONTENT_MAX} 字）`;
}

/** Districts for what was typed: a number picks by position (1 = first), otherwise by name. */
export function districtMatches(districts: readonly string[], query: string): string[] {
  const q = query.trim();
  if (!q) return [];
  if (/^\d{1,2}$/.test(q)) {
    const d = districts[Number(q) - 1];
    return d ? [d] : [];
  }
  if (districts.includes(q)) return [q];
  return districts.filter((d) => d.includes(q));
}

/** `GZ2611220007` → `GZ 2611 2200 07`, to read out in short groups. */
export function trackingGroups(no: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(no);
  if (!m) return no;
  return [m[1], ...(m[2].match(/.{1,4}/g) ?? [])].join(' ');
}

/** What 登记 produced: the matter, and the knowledge-base answer sent with it (registered and answered together). */
export interface Result {
  matter: StaffMatter;
  /** Answered from the knowledge base: the article's title and the answer sent. */
  answeredWith?: { title: string; answer: string };
}
