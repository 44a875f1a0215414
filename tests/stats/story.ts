/**
 * The statistics test's data set (tests/stats/stats.test.ts): 30 matters, each a small story — submitted, dispatched,
 * returned, extended, replied, rated, appealed, swept past its deadlines — told through the real API and the real
 * sweep at fixed times under the Changsha policy. `driveStory` runs every step in time order and returns the matters
 * by name with the tokens that acted on them.
 */
import { sweep } from '../../functions/sweep/sweep';
import { sh } from '../fixtures/matters';
import type { TestApi } from '../fixtures/app';

/** The text a story's matter is submitted with, unless it has its own. */
export const content = (name: string) => `${name}：小区附近的问题已经持续一段时间，影响居民正常生活，请尽快处理。`;

export const PHONE = '13812345678';
export const TYPED_PHONE = '13987654321';

export type Who = 'center' | 'roads' | 'water' | 'market' | 'gov' | 'citizen';
type Step = { at: number; label: string; run: () => Promise<void> };
export type StoryMatter = { id: string; trackingNo: string; citizen: string; confidential: boolean };
export type StoryTokens = Record<Exclude<Who, 'citizen'>, string>;

/** Tells every story through `api`, in time order; the matters by name (A, B, … S0 …) and the staff tokens used. */
export async function driveStory(api: TestApi): Promise<{ matters: Map<string, StoryMatter>; tokens: StoryTokens }> {
  const tokens = {
    center: api.tokens.center,
    roads: api.tokens.unit,
    water: api.tokens.unitWater,
    market: await api.token({ role: 'unit', username: 'market1', unitId: 'u-market' }),
    gov: await api.token({ role: 'unit', username: 'gov1', unitId: 'u-gov' }),
  };
  const matters = new Map<string, StoryMatter>();
  const steps: Step[] = [];
  let n = 0;

  function submit(name: string, at: string, o: { category: string; district: string; confidential?: boolean; phone?: boolean; text?: string; publish?: boolean }) {
    steps.push({
      at: sh(at),
      label: `${name} submit`,
      run: async () => {
        const citizen = await api.citizenToken(`o-${name}`);
        const body = { category: o.category, content: o.text ?? content(name), district: o.district, confidential: !!o.confidential, publishConsent: !!o.publish };
        const r = o.phone
          ? await api.call('POST', '/v1/work/matters', { token: tokens.center, body: { ...body, channel: 'phone', callerPhone: PHONE, contactName: '李四' }, now: at })
          : await api.call('POST', '/v1/matters', { token: citizen, headers: { 'Idempotency-Key': `stats-${name}-${++n}` }, body: { ...body, contactPhone: PHONE, contactName: '张三' }, now: at });
        expect([name, r.status]).toEqual([name, 201]);
        matters.set(name, { id: r.body.id, trackingNo: r.body.trackingNo, citizen, confidential: !!o.confidential });
      },
    });
  }
  function act(name: string, at: string, who: Who, action: string, body: unknown = {}) {
    steps.push({
      at: sh(at),
      label: `${name} ${action}`,
      run: async () => {
        const m = matters.get(name)!;
        const token = who === 'citizen' ? m.citizen : tokens[who];
        const r = await api.call('POST', `/v1/matters/${m.id}/${action}`, { token, body, now: at });
        expect([name, action, r.status, r.body?.error?.message]).toEqual([name, action, 200, undefined]);
      },
    });
  }
  function sweepAt(at: string) {
    steps.push({ at: sh(at), label: `sweep ${at}`, run: async () => void (await sweep(api.app.sweepDeps, sh(at))) });
  }
  const reply = (handledAt: string) => ({ process: '现场核查并协调相关部门处理', result: '问题已处理完毕', handledAt: `${handledAt.replace(' ', 'T')}:00+08:00`, contactedRequestor: true });

  function dataSet() {
    // A: on time all the way, satisfied (u-roads).
    submit('A', '2026-11-02 09:00', { category: 'complaint', district: '岳麓区' });
    act('A', '2026-11-02 10:00', 'center', 'dispatch', { leadUnitId: 'u-roads' });
    act('A', '2026-11-02 14:00', 'roads', 'accept');
    act('A', '2026-11-04 10:00', 'roads', 'reply', reply('2026-11-04 09:00'));
    act('A', '2026-11-04 11:00', 'center', 'reply-review', { decision: 'compliant' });
    act('A', '2026-11-04 15:00', 'citizen', 'rating', { result: 'satisfied' });
    // B: dispatched late (dispatch limit 1 WD), basically satisfied (u-water).
    submit('B', '2026-11-02 09:30', { category: 'help', district: '天心区' });
    act('B', '2026-11-05 10:00', 'center', 'dispatch', { leadUnitId: 'u-water' });
    act('B', '2026-11-05 11:00', 'water', 'accept');
    act('B', '2026-11-06 10:00', 'water', 'reply', reply('2026-11-06 09:00'));
    act('B', '2026-11-06 11:00', 'center', 'reply-review', { decision: 'compliant' });
    act('B', '2026-11-06 12:00', 'citizen', 'rating', { result: 'basically_satisfied' });
    // C: extension, late reply, unsatisfied → re-handled → satisfied (u-roads).
    submit('C', '2026-11-03 09:00', { category: 'report', district: '岳麓区' });
    act('C', '2026-11-03 10:00', 'center', 'dispatch', { leadUnitId: 'u-roads' });
    act('C', '2026-11-03 11:00', 'roads', 'accept');
    act('C', '2026-11-10 09:00', 'roads', 'extension', { reason: '需协调多个部门联合处理' });
    act('C', '2026-11-10 10:00', 'center', 'extension-review', { decision: 'approve' }); // CS Art.21
    act('C', '2026-12-02 10:00', 'roads', 'reply', reply('2026-12-02 09:00'));
    act('C', '2026-12-02 11:00', 'center', 'reply-review', { decision: 'compliant' });
    act('C', '2026-12-02 12:00', 'citizen', 'rating', { result: 'unsatisfied', comment: '问题没有解决' });
    act('C', '2026-12-02 15:00', 'center', 'callback-decision', { decision: 'rehandle' }); // CS Art.26
    act('C', '2026-12-03 10:00', 'roads', 'reply', reply('2026-12-03 09:00'));
    act('C', '2026-12-03 11:00', 'center', 'reply-review', { decision: 'compliant' });
    act('C', '2026-12-03 12:00', 'citizen', 'rating', { result: 'satisfied' });
    // D: returned by u-roads, re-dispatched to u-water, no rating → time-out (basically satisfied, CS Art.26).
    submit('D', '2026-11-04 09:00', { category: 'help', district: '开福区' });
    act('D', '2026-11-04 10:00', 'center', 'dispatch', { leadUnitId: 'u-roads' });
    act('D', '2026-11-04 15:00', 'roads', 'return-request', { reason: '不属于本单位职责', basis: '部门职责清单' });
    act('D', '2026-11-05 09:00', 'center', 'return-review', { decision: 'approve', leadUnitId: 'u-water' });
    act('D', '2026-11-05 10:00', 'water', 'accept');
    act('D', '2026-11-09 10:00', 'water', 'reply', reply('2026-11-09 09:00'));
    act('D', '2026-11-09 11:00', 'center', 'reply-review', { decision: 'compliant' });
    // E: the whole ladder (催办, 督办, 督查), late reply, unsatisfied twice → supervision (CS Art.34(3)), appeal upheld (CS Art.27).
    submit('E', '2026-11-02 10:00', { category: 'complaint', district: '雨花区' });
    act('E', '2026-11-02 11:00', 'center', 'dispatch', { leadUnitId: 'u-market' });
    act('E', '2026-11-02 15:00', 'market', 'accept');
    act('E', '2026-11-25 10:00', 'market', 'reply', reply('2026-11-25 09:00'));
    act('E', '2026-11-25 11:00', 'center', 'reply-review', { decision: 'compliant' });
    act('E', '2026-11-25 12:00', 'citizen', 'rating', { result: 'unsatisfied' });
    act('E', '2026-11-25 15:00', 'center', 'callback-decision', { decision: 'rehandle' });
    act('E', '2026-11-26 10:00', 'market', 'reply', reply('2026-11-26 09:00'));
    act('E', '2026-11-26 11:00', 'center', 'reply-review', { decision: 'compliant' });
    act('E', '2026-11-26 12:00', 'citizen', 'rating', { result: 'unsatisfied' });
    act('E', '2026-11-27 10:00', 'market', 'appeal', { evidence: '诉求人要求超出法定职责范围，已提供书面说明' });
    act('E', '2026-11-27 15:00', 'center', 'appeal-review', { decision: 'approve', note: '申诉成立' });
    // F: dispatch overdue, dispatched late, deemed accepted, escalated, still open (u-water).
    submit('F', '2026-11-02 11:00', { category: 'suggestion', district: '望城区' });
    act('F', '2026-11-04 10:00', 'center', 'dispatch', { leadUnitId: 'u-water' });
    // G: declined. H: consultation answered by the centre, rated. I: withdrawn.
    submit('G', '2026-11-05 09:00', { category: 'complaint', district: '浏阳市' });
    act('G', '2026-11-05 10:00', 'center', 'decline', { reason: 'petition', guidance: '请通过信访渠道反映' });
    submit('H', '2026-11-05 09:00', { category: 'consultation', district: '芙蓉区' });
    act('H', '2026-11-05 09:30', 'center', 'answer', { answer: '可携带身份证到政务服务中心办理' });
    act('H', '2026-11-05 12:00', 'citizen', 'rating', { result: 'satisfied' });
    submit('I', '2026-11-06 09:00', { category: 'help', district: '天心区' });
    act('I', '2026-11-06 10:00', 'citizen', 'withdraw', {});
    // J: three returns make it difficult (GZ Art.16 / CS Art.23) → designated to u-gov, which replies.
    submit('J', '2026-11-09 09:00', { category: 'complaint', district: '开福区' });
    act('J', '2026-11-09 10:00', 'center', 'dispatch', { leadUnitId: 'u-roads' });
    act('J', '2026-11-09 11:00', 'roads', 'return-request', { reason: '不属于本单位职责', basis: '部门职责清单' });
    act('J', '2026-11-09 12:00', 'center', 'return-review', { decision: 'approve', leadUnitId: 'u-water' });
    act('J', '2026-11-09 14:00', 'water', 'return-request', { reason: '不属于本单位职责', basis: '部门职责清单' });
    act('J', '2026-11-09 15:00', 'center', 'return-review', { decision: 'approve', leadUnitId: 'u-market' });
    act('J', '2026-11-10 09:00', 'market', 'return-request', { reason: '不属于本单位职责', basis: '部门职责清单' });
    act('J', '2026-11-10 10:00', 'center', 'return-review', { decision: 'approve', leadUnitId: 'u-roads' });
    act('J', '2026-11-10 11:00', 'center', 'designate', { leadUnitId: 'u-gov', basis: '市政府研究确定' });
    act('J', '2026-11-12 10:00', 'gov', 'reply', reply('2026-11-12 09:00'));
    act('J', '2026-11-12 11:00', 'center', 'reply-review', { decision: 'compliant' });
    act('J', '2026-11-12 12:00', 'citizen', 'rating', { result: 'satisfied' });
    // K: a reply sent back as non-compliant (GZ Art.19), then accepted; rated on a return call (source callback).
    submit('K', '2026-11-10 09:00', { category: 'help', district: '岳麓区' });
    act('K', '2026-11-10 10:00', 'center', 'dispatch', { leadUnitId: 'u-roads' });
    act('K', '2026-11-10 11:00', 'roads', 'accept');
    act('K', '2026-11-11 10:00', 'roads', 'reply', reply('2026-11-11 09:00'));
    act('K', '2026-11-11 11:00', 'center', 'reply-review', { decision: 'non_compliant', note: '未说明处理结果' });
    act('K', '2026-11-12 10:00', 'roads', 'reply', reply('2026-11-12 09:00'));
    act('K', '2026-11-12 11:00', 'center', 'reply-review', { decision: 'compliant' });
    act('K', '2026-11-12 12:00', 'center', 'rating', { result: 'satisfied' });
    // L: accepted, never replied: escalated to level 3 and still overdue (u-roads, co-unit u-water).
    submit('L', '2026-11-02 12:00', { category: 'report', district: '长沙县' });
    act('L', '2026-11-02 13:00', 'center', 'dispatch', { leadUnitId: 'u-roads', coUnitIds: ['u-water'] });
    act('L', '2026-11-02 14:00', 'roads', 'accept');
    act('L', '2026-11-03 10:00', 'center', 'supervise', { level: 1, reason: 'media', note: '媒体报道' }); // CS Art.34(5), by hand
    // M: a confidential telephone matter, rated unsatisfied on a return call, re-handled but not replied again.
    submit('M', '2026-11-11 09:00', { category: 'report', district: '开福区', confidential: true, phone: true });
    act('M', '2026-11-11 10:00', 'center', 'dispatch', { leadUnitId: 'u-market' });
    act('M', '2026-11-11 11:00', 'market', 'accept');
    act('M', '2026-11-13 10:00', 'market', 'reply', reply('2026-11-13 09:00'));
    act('M', '2026-11-13 11:00', 'center', 'reply-review', { decision: 'compliant' });
    act('M', '2026-11-13 12:00', 'center', 'rating', { result: 'unsatisfied' });
    act('M', '2026-11-13 15:00', 'center', 'callback-decision', { decision: 'rehandle' });
    // N: extension then an on-time reply; the requestor typed a phone number into the text.
    submit('N', '2026-11-16 09:00', { category: 'help', district: '天心区', text: `楼道灯坏了很久，物业一直不修，我的电话${TYPED_PHONE}，请联系我。`, publish: true });
    act('N', '2026-11-16 10:00', 'center', 'dispatch', { leadUnitId: 'u-water' });
    act('N', '2026-11-16 11:00', 'water', 'accept');
    act('N', '2026-11-20 09:00', 'water', 'extension', { reason: '需要物业公司配合' });
    act('N', '2026-11-20 10:00', 'center', 'extension-review', { decision: 'approve' });
    act('N', '2026-11-23 10:00', 'water', 'reply', reply('2026-11-23 09:00'));
    act('N', '2026-11-23 11:00', 'center', 'reply-review', { decision: 'compliant' });
    act('N', '2026-11-23 12:00', 'citizen', 'rating', { result: 'satisfied' });
    // Hot spot: complaints in 芙蓉区 — 1, 1, 2, 1 in the four weeks before W49, then 5 in W49 (a surge: ≥ 2 × median 1 and ≥ 5).
    // Half of them are dispatched (to u-gov, on time) and left alone; the others wait for dispatch.
    const surgeCell: Array<[string, boolean, boolean]> = [
      ['2026-11-03 16:00', true, false],
      ['2026-11-10 16:00', false, false],
      ['2026-11-17 16:00', true, true],
      ['2026-11-18 16:00', false, false],
      ['2026-11-24 16:00', true, false],
      ['2026-11-30 09:00', true, false],
      ['2026-12-01 09:00', false, true],
      ['2026-12-01 10:00', true, false],
      ['2026-12-02 09:00', false, false],
      ['2026-12-03 09:00', true, false],
    ];
    surgeCell.forEach(([at, dispatch, confidential], i) => {
      const name = `S${i}`;
      submit(name, at, { category: 'complaint', district: '芙蓉区', confidential });
      if (dispatch) act(name, `${at.slice(0, 10)} 17:00`, 'center', 'dispatch', { leadUnitId: 'u-gov' });
    });
    // Other cells, quieter: one or two a week.
    submit('Q1', '2026-11-17 09:00', { category: 'suggestion', district: '雨花区' });
    submit('Q2', '2026-11-24 09:00', { category: 'suggestion', district: '雨花区', phone: true });
    submit('Q3', '2026-12-01 09:00', { category: 'consultation', district: '芙蓉区' });
    act('Q3', '2026-12-01 09:30', 'center', 'answer', { answer: '可以在网上办理' });
    for (const at of ['2026-11-04 00:01', '2026-11-10 00:01', '2026-11-19 00:01', '2026-11-24 00:01', '2026-12-01 00:01', '2026-12-08 00:01']) sweepAt(at);
  }


  dataSet();
  // Every step in time order (a stable sort keeps each matter's own order for equal times).
  steps.sort((a, b) => a.at - b.at);
  for (const s of steps) await s.run();
  return { matters, tokens };
}
