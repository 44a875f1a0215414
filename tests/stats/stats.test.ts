/**
 * Assessment and analysis (docs/rules.md §6) end to end, against DynamoDB Local: a data set of 30 matters driven through the
 * real API and the real sweep at fixed times under the Changsha policy (extensions, appeals), then
 * - every KPI of GET /v1/stats, per unit, per parent unit and city-wide, per day / week / month, equals the test's own
 *   reckoning from the raw timelines (tests/stats/expected.ts), and a few figures are checked by hand;
 * - the counters rebuilt from the events (into a fresh table, and in place after deleting them) give the same answers;
 * - hot spots and the surge (stored once per cell-week) match;
 * - the CSV exports and the Open311 GeoReport v2 endpoints carry what they should and no personal data.
 */
import { DeleteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { rebuildStats } from '../../functions/stats/rebuild';
import { detectSurges } from '../../functions/stats/surges';
import { StatsReader } from '../../functions/stats/reader';
import { GAUGES, COUNTERS } from '../../shared/stats';
import { sh } from '../fixtures/matters';
import { makeTestApi, testDocClient, type TestApi } from '../fixtures/app';
import { createTestTable, deleteTestTable } from '../support/db';
import { content, driveStory, PHONE, TYPED_PHONE, type StoryMatter, type StoryTokens } from './story';
import { Expected, kpisByHand, nonZero, weekOf, dayOf, type MatterViewLike } from './expected';

const calendar = loadDefaultCalendar({});
const policy = getPolicy('changsha');
const FROM = '2026-11-01';
const TO = '2026-12-13';
const UNIT_IDS = ['u-gov', 'u-market', 'u-roads', 'u-water'];

describe('statistics over a generated data set', () => {
  let api: TestApi;
  let tokens: StoryTokens;
  let matters: Map<string, StoryMatter>;
  let views: MatterViewLike[] = [];
  const expected = new Expected();

  beforeAll(async () => {
    api = await makeTestApi(
      { policy, calendar, limits: { 'open311-ip': { max: 25, windowSeconds: 600, message: '开放数据查询过于频繁，请10分钟后再试' } } },
    );
    ({ matters, tokens } = await driveStory(api));
    // The raw facts: every matter's timeline, read back as the centre sees it.
    views = await Promise.all([...matters.values()].map(async (m) => (await api.call('GET', `/v1/matters/${m.id}`, { token: tokens.center, now: '2026-12-13 12:00' })).body));
    for (const v of views) expected.add(v, calendar);
  }, 120_000);
  afterAll(() => api.close());

  const get = (query: string, token = tokens.center, now = '2026-12-13 12:00') => api.call('GET', `/v1/stats?${query}`, { token, now });
  const allCounts = (t: Record<string, number>) => Object.fromEntries(COUNTERS.map((c) => [c, t[c] ?? 0]));

  it('drove the data set through the API: every matter is where its story ends', () => {
    expect(views).toHaveLength(matters.size);
    const byName = new Map([...matters.keys()].map((k, i) => [k, views.find((v) => v.id === matters.get(k)!.id)!]));
    const status = (k: string) => byName.get(k)!.status;
    expect(['A', 'B', 'C', 'D', 'E', 'H', 'J', 'K', 'N'].map(status)).toEqual(Array(9).fill('closed'));
    expect([status('F'), status('L'), status('M'), status('G'), status('I')]).toEqual(['in_progress', 'in_progress', 'in_progress', 'not_accepted', 'withdrawn']);
    const types = (k: string) => byName.get(k)!.timeline.map((e) => e.type);
    expect(types('E')).toEqual(expect.arrayContaining(['supervision_1', 'supervision_2', 'supervision_3', 'appeal_decided']));
    expect(types('D')).toContain('return_approved');
    expect(types('F')).toEqual(expect.arrayContaining(['dispatch_overdue', 'deemed_accepted', 'supervision_3']));
    expect(byName.get('D')!.timeline.find((e) => e.type === 'closed')!.data).toMatchObject({ source: 'timeout' });
  });

  it('per unit and per week: every counter and KPI equals the reckoning from the timelines', async () => {
    const r = await get(`from=${FROM}&to=${TO}&groupBy=unit&period=week`);
    expect(r.status).toBe(200);
    expect(r.body.buckets.map((b: { key: string }) => b.key)).toEqual(['2026-W44', '2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49', '2026-W50']);
    expect(r.body.series.map((s: { unitId: string }) => s.unitId)).toEqual(UNIT_IDS);
    for (const s of r.body.series) {
      for (const [i, b] of r.body.buckets.entries()) {
        const want = expected.sum([s.unitId], b.from, b.to);
        expect([s.unitId, b.key, s.buckets[i].counts]).toEqual([s.unitId, b.key, allCounts(want)]);
        expect([s.unitId, b.key, s.buckets[i].kpis]).toEqual([s.unitId, b.key, kpisByHand(want, 'unit')]);
      }
      const total = expected.sum([s.unitId], FROM, TO);
      expect([s.unitId, s.totals.kpis]).toEqual([s.unitId, kpisByHand(total, 'unit')]);
      expect([s.unitId, nonZero(s.current)]).toEqual([s.unitId, expected.now.get(s.unitId) ?? {}]);
    }
    const city = expected.sum([''], FROM, TO);
    expect(r.body.city.totals.counts).toEqual(allCounts(city));
    expect(r.body.city.totals.kpis).toEqual(kpisByHand(city, 'city'));
    expect(nonZero(r.body.city.current)).toEqual(expected.now.get('') ?? {});
  });

  it('figures checked by hand', async () => {
    const r = (await get(`from=${FROM}&to=${TO}&groupBy=unit&period=month`)).body;
    const unit = (id: string) => r.series.find((s: { unitId: string }) => s.unitId === id).totals;
    // u-roads: lead on A, C, D, J (first dispatch, and again after the third return), K, L = 7; returns D and J;
    // replies A, C twice, K twice = 5, on time but C's first (after its extended deadline) → 4/5.
    expect(unit('u-roads').counts).toMatchObject({ assigned: 7, dispatched: 6, returns: 2, replied: 5, repliedOnTime: 4, extensions: 1, rehandles: 1 });
    expect(unit('u-roads').kpis).toMatchObject({ onTimeCompletionRate: 0.8, returnRate: 0.2857, extensionRate: 0.1429 });
    // Working days from receipt to reply: A 11-02→11-04 = 2, C 11-03→12-02 = 21, C re-handled 12-02→12-03 = 1,
    // K 11-10→11-11 = 1 and 11-10→11-12 = 2 (a rejected reply does not restart the clock): 27 / 5.
    expect(unit('u-roads').kpis.avgWorkingDaysToReply).toBe(5.4);
    expect(unit('u-roads').kpis.supervision).toEqual({ level1: 1, level2: 1, level3: 1, unsatisfiedAfterRehandling: 0, manual: 1 }); // L
    // u-market: E and M climbed the whole ladder; E closed unsatisfied after re-handling (CS Art.34(3)) and the appeal
    // was upheld (CS Art.27), so it is out of the satisfaction rate; M is being re-handled.
    expect(unit('u-market').kpis.supervision).toEqual({ level1: 2, level2: 2, level3: 2, unsatisfiedAfterRehandling: 1, manual: 0 });
    expect(unit('u-market').counts).toMatchObject({ rated: 0, unsatisfied: 0, excluded: 1, rehandles: 2, returns: 1 });
    expect(unit('u-market').kpis.satisfactionRate).toBeNull();
    // u-water: first dispatches B (late), F (late), N; D and J came to it by approved returns, and it returned J.
    expect(unit('u-water').counts).toMatchObject({ assigned: 5, dispatched: 3, dispatchedOnTime: 1, returns: 1 });
    // City: every matter received; 17 first dispatches, B and F after the 1-WD limit (CS Art.16 / GZ Art.13).
    expect(r.city.totals.counts).toMatchObject({ submitted: matters.size, dispatched: 17, dispatchedOnTime: 15, declined: 1, answered: 2 });
    expect(r.city.totals.kpis.dispatchOnTimeRate).toBe(0.8824);
    // Final ratings A, B, C, D (time-out), H, J, K, N, Q3 (time-out) = 9 after E's exclusion — none unsatisfied.
    expect(r.city.totals.counts).toMatchObject({ rated: 9, ratedByTimeout: 2, excluded: 1, unsatisfied: 0 });
    expect(r.city.totals.kpis).toMatchObject({ satisfactionRate: 1, satisfactionRateResponded: 1 });
    // 重办率: re-handlings C, E, M over rating rounds (9 final + 3 that sent the matter back).
    expect(r.city.totals.kpis.rehandlingRate).toBe(0.25);
    // Now: L (u-roads), F (u-water), M (u-market) open past their deadline at level 3.
    for (const [u, name] of [['u-roads', 'L'], ['u-water', 'F'], ['u-market', 'M']]) {
      expect([name, nonZero(r.series.find((s: { unitId: string }) => s.unitId === u).current)]).toEqual([name, { overdue: 1, escalated3: 1 }]);
    }
  });

  it('per parent unit = the sum over the units below it; city per day', async () => {
    const parent = (await get(`from=${FROM}&to=${TO}&groupBy=parent&period=month`)).body;
    expect(parent.series.map((s: { unitId: string; members: string[] }) => [s.unitId, [...s.members].sort()])).toEqual([['u-gov', UNIT_IDS]]);
    const want = expected.sum(UNIT_IDS, FROM, TO);
    expect(parent.series[0].totals.counts).toEqual(allCounts(want));
    expect(parent.series[0].totals.kpis).toEqual(kpisByHand(want, 'unit'));
    const city = (await get(`from=${FROM}&to=${TO}&groupBy=city&period=day`)).body;
    expect(city.series).toHaveLength(1);
    expect(city.buckets).toHaveLength(43);
    for (const [i, b] of city.buckets.entries()) expect([b.key, city.series[0].buckets[i].counts]).toEqual([b.key, allCounts(expected.sum([''], b.from, b.to))]);
  });

  it('unit staff see their own unit only; bad input is a 400 naming the field, never a 500', async () => {
    const own = await get(`from=${FROM}&to=${TO}&period=week`, tokens.roads);
    expect(own.status).toBe(200);
    expect(own.body.series.map((s: { unitId: string }) => s.unitId)).toEqual(['u-roads']);
    expect(own.body.city).toBeNull();
    expect(own.body.hotspots).toBeNull();
    const centre = await get(`from=${FROM}&to=${TO}&period=week&unitId=u-roads`);
    expect(own.body.series).toEqual(centre.body.series);
    expect((await get('unitId=u-water', tokens.roads)).status).toBe(403);
    expect((await get('groupBy=city', tokens.roads)).status).toBe(403);
    const cases: Array<[string, string]> = [
      ['from=2026-13-01', 'from'],
      ['from=2026-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['period=year', 'period'],
      ['groupBy=district', 'groupBy'],
      ['unitId=../x', 'unitId'],
      ['from=2026-12-01&to=2026-11-01', 'from'],
      ['from=2025-01-01&to=2026-12-31', 'to'],
      ['unitId=u-nobody', 'unitId'],
    ];
    for (const [q, field] of cases) {
      const r = await get(q);
      expect([q, r.status, r.body.error.code]).toEqual([q, 400, 'VALIDATION_FAILED']);
      expect([q, r.body.error.details.map((d: { field: string }) => d.field)]).toEqual([q, expect.arrayContaining([field])]);
    }
    expect((await api.call('GET', '/v1/stats', { token: await api.citizenToken('o-A') })).status).toBe(403);
    expect((await api.call('GET', '/v1/stats')).status).toBe(401);
  });

  it('hot spots: category × district × ISO week; the surge is flagged, and recorded once for the centre (CS Art.34(2))', async () => {
    const r = (await get(`from=${FROM}&to=${TO}&period=week`)).body;
    const got = new Map(r.hotspots.cells.map((c: { week: string; category: string; district: string; count: number }) => [`${c.week}|${c.category}|${c.district}`, c.count]));
    expect(got).toEqual(expected.cells);
    const cell = r.hotspots.cells.find((c: { week: string; category: string; district: string }) => c.week === '2026-W49' && c.category === 'complaint' && c.district === '芙蓉区');
    expect(cell).toMatchObject({ count: 5, baseline: 1, threshold: 5, surge: true, categoryLabel: '投诉' });
    expect(r.hotspots.cells.filter((c: { surge: boolean }) => c.surge)).toHaveLength(1);
    expect(r.hotspots.surges).toEqual([]);
    // The scheduled detector opens the supervision once, however often it runs.
    const first = await detectSurges({ db: api.app.db, table: api.table }, sh('2026-12-06 12:00'));
    expect(first.opened.map((s) => [s.week, s.category, s.district, s.count])).toEqual([['2026-W49', 'complaint', '芙蓉区', 5]]);
    const again = await Promise.all([1, 2, 3].map(() => detectSurges({ db: api.app.db, table: api.table }, sh('2026-12-06 12:05'))));
    expect(again.flatMap((a) => a.opened)).toEqual([]);
    const after = (await get(`from=${FROM}&to=${TO}&period=week`)).body;
    expect(after.hotspots.surges).toEqual([expect.objectContaining({ week: '2026-W49', category: 'complaint', district: '芙蓉区', count: 5, baseline: 1, basis: 'CS Art.34(2)' })]);
    // A week is judged from Monday 00:00 to Sunday 24:00 in Shanghai.
    expect(weekOf(dayOf('2026-11-29T23:59:00+08:00'))).toBe('2026-W48');
    expect(weekOf(dayOf('2026-11-29T16:30:00Z'))).toBe('2026-W49');
  });

  it('the counters rebuilt from the events agree: into a fresh table, and in place after deleting them', async () => {
    const reader = new StatsReader(api.app.db, api.table);
    const snapshot = async (r: StatsReader) => ({
      days: await Promise.all([null, ...UNIT_IDS].map(async (u) => [u, Object.fromEntries(await r.days(u, FROM, TO))])),
      gauges: Object.fromEntries(await r.gauges()),
      hotspots: await Promise.all(['2026-W45', '2026-W46', '2026-W47', '2026-W48', '2026-W49'].map((w) => r.hotspots(w).then((c) => c.sort((a, b) => a.category.localeCompare(b.category) || a.district.localeCompare(b.district))))),
    });
    const live = await snapshot(reader);
    const fresh = await createTestTable('stats-rebuild');
    try {
      const report = await rebuildStats({ db: api.app.db, table: api.table, calendar, into: { db: api.app.db, table: fresh } });
      expect(report).toMatchObject({ matters: matters.size, itemsDeleted: 0 });
      expect(await snapshot(new StatsReader(api.app.db, fresh))).toEqual(live);
    } finally {
      await deleteTestTable(fresh);
    }
    const before = (await get(`from=${FROM}&to=${TO}&groupBy=unit&period=week`)).body;
    // Lose some counters (an operator's mistake, a bug), then rebuild in place.
    const db = testDocClient();
    const city = await db.send(new QueryCommand({ TableName: api.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'ST#CITY' } }));
    for (const it of (city.Items ?? []).slice(0, 5)) await db.send(new DeleteCommand({ TableName: api.table, Key: { pk: it.pk, sk: it.sk } }));
    expect((await get(`from=${FROM}&to=${TO}&groupBy=unit&period=week`)).body.city).not.toEqual(before.city);
    const report = await rebuildStats({ db: api.app.db, table: api.table, calendar, replace: true });
    expect(report.itemsDeleted).toBeGreaterThan(0);
    expect((await get(`from=${FROM}&to=${TO}&groupBy=unit&period=week`)).body).toEqual(before);
  });

  it('CSV export: BOM, header, one row per matter, no personal data; KPI table', async () => {
    const r = await api.call('GET', `/v1/stats/export?kind=matters&from=${FROM}&to=${TO}`, { token: tokens.center, now: '2026-12-13 12:00' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers['content-disposition']).toMatch(/^attachment; filename="matters_2026-11-01_2026-12-13\.csv"$/);
    const text: string = r.body;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0].split(',')).toEqual(expect.arrayContaining(['受理编号', '受理时间', '类别', '所在区', '状态', '主办单位', '评价', '保密']));
    expect(lines).toHaveLength(1 + matters.size);
    const numbers = lines.slice(1).map((l) => l.split(',')[0]);
    expect(numbers.sort()).toEqual([...matters.values()].map((m) => m.trackingNo).sort());
    for (const secret of [PHONE, TYPED_PHONE, '张三', '李四', '小区附近的问题']) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    // A confidential matter is a row like any other, without identity.
    const m = matters.get('M')!;
    expect(lines.find((l) => l.startsWith(m.trackingNo))).toMatch(/,是,[^,]*$/);
    // A unit exports its own matters only.
    const own = await api.call('GET', `/v1/stats/export?kind=matters&from=${FROM}&to=${TO}`, { token: tokens.roads, now: '2026-12-13 12:00' });
    const ownRows = own.body.slice(1).trimEnd().split('\r\n').slice(1);
    expect(ownRows.length).toBe(views.filter((v) => v.leadUnit?.id === 'u-roads').length);
    // KPI table: a row per series and bucket plus a total per series.
    const k = await api.call('GET', `/v1/stats/export?kind=kpis&from=${FROM}&to=${TO}&period=month&groupBy=unit`, { token: api.tokens.admin, now: '2026-12-13 12:00' });
    expect(k.status).toBe(200);
    const rows = k.body.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toContain('按时办结率(%)');
    expect(rows).toHaveLength(1 + (1 + UNIT_IDS.length) * 3); // city + 4 units × (Nov, Dec, total)
    const cityTotal = rows.find((l: string) => l.startsWith('合计,2026-11-01,2026-12-13,全市'))!.split(',');
    expect(Number(cityTotal[6])).toBe(matters.size);
    const bad = await api.call('GET', `/v1/stats/export?kind=everything`, { token: tokens.center });
    expect([bad.status, bad.body.error.details[0].field]).toEqual([400, 'kind']);
  });

  // GeoReport v2 request fields and their JSON types (https://wiki.open311.org/GeoReport_v2#GET_Service_Requests).
  const GEOREPORT_FIELDS: Record<string, Array<'string' | 'number' | 'null'>> = {
    service_request_id: ['string'],
    status: ['string'],
    status_notes: ['string', 'null'],
    service_name: ['string'],
    service_code: ['string'],
    description: ['string'],
    agency_responsible: ['string', 'null'],
    service_notice: ['string', 'null'],
    requested_datetime: ['string'],
    updated_datetime: ['string'],
    expected_datetime: ['string', 'null'],
    address: ['string'],
    address_id: ['string', 'null'],
    zipcode: ['string', 'null'],
    lat: ['number', 'null'],
    long: ['number', 'null'],
    media_url: ['string', 'null'],
  };
  const W3C = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  function validRequest(x: Record<string, unknown>) {
    expect(Object.keys(x).sort()).toEqual(Object.keys(GEOREPORT_FIELDS).sort());
    for (const [k, types] of Object.entries(GEOREPORT_FIELDS)) expect([k, types.includes(x[k] === null ? 'null' : (typeof x[k] as 'string'))]).toEqual([k, true]);
    expect(['open', 'closed']).toContain(x.status);
    for (const k of ['requested_datetime', 'updated_datetime']) expect(x[k]).toMatch(W3C);
    if (x.expected_datetime) expect(x.expected_datetime).toMatch(W3C);
  }

  it('Open311 GeoReport v2: services, requests and one request; no confidential matter, no personal data; rate-limited', async () => {
    const o = (path: string, ip = '10.0.0.1') => api.call('GET', path, { now: '2026-12-13 12:00', sourceIp: ip });
    const services = await o('/v1/open311/services.json');
    expect(services.status).toBe(200);
    expect(services.body.map((s: { service_code: string }) => s.service_code)).toEqual(['consultation', 'help', 'complaint', 'report', 'suggestion']);
    for (const s of services.body) {
      expect(Object.keys(s).sort()).toEqual(['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type']);
      expect([typeof s.service_name, typeof s.metadata, s.type]).toEqual(['string', 'boolean', 'realtime']);
    }
    const all = await o(`/v1/open311/requests.json?start_date=2026-11-01T00:00:00%2B08:00&end_date=2026-12-13T23:59:59%2B08:00`);
    expect(all.status).toBe(200);
    for (const x of all.body) validRequest(x);
    const confidential = [...matters.values()].filter((m) => m.confidential).map((m) => m.trackingNo);
    const ids = all.body.map((x: { service_request_id: string }) => x.service_request_id);
    expect(confidential.length).toBeGreaterThan(0);
    for (const t of confidential) expect(ids).not.toContain(t);
    expect(ids.sort()).toEqual([...matters.values()].filter((m) => !m.confidential).map((m) => m.trackingNo).sort());
    const raw = JSON.stringify(all.body);
    for (const secret of [PHONE, TYPED_PHONE, '张三', '李四']) expect(raw).not.toContain(secret);
    // Status mapping: closed, not_accepted, withdrawn, terminated → closed; the detail goes into status_notes.
    const byNo = new Map(all.body.map((x: { service_request_id: string }) => [x.service_request_id, x]));
    const of = (name: string) => byNo.get(matters.get(name)!.trackingNo) as Record<string, unknown>;
    expect([of('A').status, of('G').status, of('I').status, of('L').status]).toEqual(['closed', 'closed', 'closed', 'open']);
    expect(of('G').status_notes).toBe('不予受理');
    expect(of('L').status_notes).toBe('办理中；已超期，已报政府督查部门');
    expect(of('E').status_notes).toBe('已办结；办理中曾被督办');
    expect(of('L')).toMatchObject({ agency_responsible: '道路管理局', service_code: 'report', service_name: '举报', address: '长沙县' });
    // Free text only with the citizen's opt-in (N), redacted; everyone else's text never leaves (GZ Art.25, CS Art.28).
    expect(of('N').description).toContain('[号码已隐去]');
    expect(of('N').description).toContain('楼道灯坏了很久');
    for (const [name, m] of matters) {
      if (name === 'N' || m.confidential) continue;
      expect([name, raw.includes(content(name).slice(3, 15))]).toEqual([name, false]);
      expect(of(name).description).toMatch(/类诉求（诉求人未同意公开诉求内容）$/);
    }
    // Newest first.
    const times = all.body.map((x: { requested_datetime: string }) => Date.parse(x.requested_datetime));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const closedOnly = await o(`/v1/open311/requests.json?start_date=2026-11-01&end_date=2026-12-13&status=closed&service_code=complaint,help`, '10.0.0.2');
    expect(closedOnly.body.length).toBeGreaterThan(0);
    for (const x of closedOnly.body) expect([x.status, ['complaint', 'help'].includes(x.service_code)]).toEqual(['closed', true]);
    const one = await o(`/v1/open311/requests/${matters.get('L')!.trackingNo}.json`, '10.0.0.3');
    expect(one.status).toBe(200);
    expect(one.body).toEqual([of('L')]);
    expect((await o(`/v1/open311/requests/${matters.get('M')!.trackingNo}.json`, '10.0.0.3')).status).toBe(404);
    expect((await o(`/v1/open311/requests/CS0000000000.json`, '10.0.0.3')).status).toBe(404);
    for (const q of ['status=pending', 'service_code=parking', 'start_date=yesterday', 'start_date=2026-01-01&end_date=2026-12-01']) {
      const bad = await o(`/v1/open311/requests.json?${q}`, '10.0.0.4');
      expect([q, bad.status]).toEqual([q, 400]);
    }
    // 25 per 10 minutes per address in this test app (production: 120).
    const burst = [];
    for (let i = 0; i < 26; i++) burst.push((await o('/v1/open311/services.json', '10.9.9.9')).status);
    expect(burst.slice(0, 25).every((s) => s === 200)).toBe(true);
    expect(burst[25]).toBe(429);
  });

  it('the gauges cover every kind', () => {
    expect(GAUGES).toEqual(['overdue', 'escalated1', 'escalated2', 'escalated3', 'awaitingDispatchOverdue']);
  });
});
