/** Test data in the backend's JSON shapes (shared/views). Only tests import this file. */
import type { QueueItem, StaffMatter, StaffSession, Unit } from '../../../../shared/views';

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

export function queueItem(over: Partial<QueueItem> = {}): QueueItem {
  return {
    id: 'm1',
    trackingNo: 'GZ2611220001',
    channel: 'wechat',
    category: 'help',
    title: null,
    content: '天河路100号小区门口的路灯坏了一个多月，晚上很黑。',
    district: '天河区',
    status: 'received',
    statusLabel: '已受理',
    statusExplanation: '热线已收到您的诉求，正在分派给负责的部门',
    supervisionLabel: null,
    confidential: false,
    createdAt: '2026-11-20T09:00:00.000+08:00',
    updatedAt: '2026-11-20T09:00:00.000+08:00',
    version: 1,
    overdue: false,
    supervisionLevel: 0,
    difficult: false,
    longTerm: false,
    rehandling: false,
    leadUnit: null,
    deadlines: { dispatchBy: inDays(3), checkBy: null, handleBy: null, rateBy: null },
    counts: { extensions: 0, returns: 0, rehandles: 0 },
    ...over,
  };
}

export function staffMatter(over: Partial<StaffMatter> = {}): StaffMatter {
  return {
    ...queueItem(),
    content: '天河路100号小区门口的路灯坏了一个多月，晚上很黑，老人出行不方便。',
    statusExplanation: '热线已收到您的诉求，正在分派给负责的部门',
    address: '天河路100号',
    location: null,
    photos: [],
    supervisionLabel: null,
    coUnits: [],
    reply: null,
    rating: null,
    pending: null,
    supplementPending: false,
    outcome: null,
    repeatOf: null,
    contact: { name: '张*', phone: '138****5678' },
    timeline: [{ type: 'submitted', at: '2026-11-20T09:00:00.000+08:00', version: 1, actor: { role: 'citizen' } }],
    version: 1,
    ...over,
  };
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
