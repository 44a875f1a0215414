/**
 * Test fixtures in the shapes the backend sends the citizen (shared/views).
 */
import type { CitizenMatter, MatterSummary } from '../../../../shared/views';

export function makeMatter(overrides: Partial<CitizenMatter> = {}): CitizenMatter {
  return {
    id: 'm1',
    trackingNo: 'GZ2611160007',
    channel: 'wechat',
    category: 'help',
    title: null,
    content: '天河路100号小区门口的路灯坏了一个多月，晚上很黑，老人出行不方便。',
    district: '天河区',
    address: '天河路100号',
    location: null,
    photos: [],
    status: 'in_progress',
    statusLabel: '办理中',
    statusExplanation: '承办单位正在办理',
    confidential: false,
    createdAt: '2026-11-16T09:30:00.000+08:00',
    updatedAt: '2026-11-16T14:00:00.000+08:00',
    version: 4,
    overdue: false,
    supervisionLevel: 0,
    supervisionLabel: null,
    difficult: false,
    longTerm: false,
    rehandling: false,
    leadUnit: { id: 'th-city', name: '天河区城市管理和综合执法局' },
    coUnits: [],
    deadlines: {
      dispatchBy: null,
      checkBy: null,
      handleBy: { at: '2026-11-30T23:59:59.999+08:00', provisional: false },
      rateBy: null,
    },
    counts: { extensions: 0, returns: 0, rehandles: 0 },
    reply: null,
    rating: null,
    pending: null,
    supplementPending: false,
    signing: null,
    reviewBy: null,
    supervisionReasons: [],
    outcome: null,
    repeatOf: null,
    contact: { name: '张三', phone: '13812345678' },
    timeline: [
      { type: 'submitted', at: '2026-11-16T09:30:00.000+08:00', version: 1, actor: { role: 'citizen' }, data: { channel: 'wechat', category: 'help' } },
      { type: 'dispatched', at: '2026-11-16T10:00:00.000+08:00', version: 2, actor: { role: 'center' }, data: { leadUnitId: 'th-city', coUnitIds: [] } },
      { type: 'accepted', at: '2026-11-16T14:00:00.000+08:00', version: 3, actor: { role: 'unit', unitId: 'th-city', unitName: '天河区城市管理和综合执法局' } },
    ],
    ...overrides,
  };
}

/** The list row of a matter (matterSummary: no timeline, contact, reply…). */
export function summaryOf(m: CitizenMatter): MatterSummary {
  const { id, trackingNo, channel, category, title, content, district, status, statusLabel, confidential, createdAt, updatedAt, version, overdue, supervisionLevel, supervisionLabel, statusExplanation, difficult, longTerm, rehandling, leadUnit, deadlines, counts } = m;
  return { id, trackingNo, channel, category, title, content, district, status, statusLabel, confidential, createdAt, updatedAt, version, overdue, supervisionLevel, supervisionLabel, statusExplanation, difficult, longTerm, rehandling, leadUnit, deadlines, reviewBy: null, counts };
}
