/** Test data in the backend's JSON shapes (shared/views). Only tests import this file. */
import { defaultCalendar } from '../../../../shared/calendar';
import { createMatter } from '../../../../shared/domain/stateMachine';
import { PROFILES } from '../../../../shared/policy/profiles';
import { matterSummary, matterView, type QueueItem, type StaffMatter, type StaffSession, type Unit } from '../../../../shared/views';

export const CENTER: StaffSession = { token: 'tok-center', role: 'center', username: 'center1' };
export const LEAD: StaffSession = { token: 'tok-lead', role: 'unit', username: 'thcity', unitId: 'th-city' };
export const CO: StaffSession = { token: 'tok-co', role: 'unit', username: 'thwater', unitId: 'th-water' };
export const OTHER: StaffSession = { token: 'tok-other', role: 'unit', username: 'yxcity', unitId: 'yx-city' };
export const ADMIN: StaffSession = { token: 'tok-admin', role: 'admin', username: 'admin' };

export const UNITS: Unit[] = [
  { id: 'th-gov', name: '天河区人民政府', parentId: null },
  { id: 'th-city', name: '天河区城市管理和综合执法局', parentId: 'th-gov' },
  { id: 'th-water', name: '天河区水务局', parentId: 'th-gov' },
  { id: 'yx-city', name: '越秀区城市管理和综合执法局', parentId: null },
];

const DAY = 86_400_000;
/** A deadline `days` calendar days from now, at the end of that Shanghai day. */
export function inDays(days: number, provisional = false) {
  const d = new Date(Date.now() + days * DAY + 8 * 3600_000).toISOString().slice(0, 10);
  return { at: `${d}T23:59:59.999+08:00`, provisional };
}

const NEW_MATTER = createMatter(
  {
    id: 'm1',
    trackingNo: 'GZ2611220001',
    channel: 'wechat',
    category: 'help',
    content: '天河路100号小区门口的路灯坏了一个多月，晚上很黑，老人出行不方便。',
    district: '天河区',
    address: '天河路100号',
    confidential: false,
    ownerOpenid: null,
  },
  { role: 'citizen' },
  { now: Date.parse('2026-11-20T09:00:00+08:00'), policy: PROFILES.guangzhou, calendar: defaultCalendar() },
);
const UNIT_NAMES = new Map(UNITS.map((u) => [u.id, u.name]));

/** A queue row, built by the backend's own view (a new matter, dispatch due in 3 days). */
export function queueItem(over: Partial<QueueItem> = {}): QueueItem {
  return {
    ...matterSummary(NEW_MATTER.matter, UNIT_NAMES, 'staff'),
    content: '天河路100号小区门口的路灯坏了一个多月，晚上很黑。',
    deadlines: { dispatchBy: inDays(3), checkBy: null, handleBy: null, rateBy: null },
    ...over,
  };
}

/** The new matter as the centre sees it (masked contact), built by the backend's own view. */
export function staffMatter(over: Partial<StaffMatter> = {}): StaffMatter {
  const view = matterView({
    matter: NEW_MATTER.matter,
    events: NEW_MATTER.events,
    contact: { name: '张三', phone: '13812345678' },
    viewer: { role: 'center' },
    units: UNIT_NAMES,
  });
  return { ...view, ...queueItem(), content: view.content, ...over };
}

/** A matter being handled by th-city (lead) with th-water as co-unit. */
export function handledMatter(over: Partial<StaffMatter> = {}): StaffMatter {
  return staffMatter({
    status: 'in_progress',
    statusLabel: '办理中',
    leadUnit: { id: 'th-city', name: '天河区城市管理和综合执法局' },
    coUnits: [{ id: 'th-water', name: '天河区水务局' }],
    deadlines: { dispatchBy: null, checkBy: null, handleBy: inDays(5), rateBy: null },
    version: 4,
    ...over,
  });
}
