/**
 * Screening and knowledge answers over HTTP with the demo seed's articles in DynamoDB Local (issue 13): the
 * examples from the issue, an emergency answered without reading the knowledge base, and no answer when no
 * article fits.
 */
import { DEFAULT_LIMITS } from '../../functions/api/rateLimit';
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import seed from '../../scripts/seed-data.json';
import { makeTestApi, type TestApi } from '../fixtures/app';

describe('screening and knowledge answers over HTTP', () => {
  let api: TestApi;
  let citizen: string;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}), limits: DEFAULT_LIMITS });
    for (const a of seed.articles) {
      expect((await api.call('POST', '/v1/knowledge', { token: api.tokens.admin, body: a })).status).toBe(201);
    }
    citizen = await api.citizenToken('o-screening');
  });
  afterAll(() => api.close());

  const screening = async (content: string) =>
    (await api.call('POST', '/v1/screening', { token: citizen, body: { content } })).body;
  const knowledge = async (q: string) =>
    ((await api.call('GET', `/v1/knowledge?q=${encodeURIComponent(q)}`)).body.items as Array<{ title: string }>).map((a) => a.title);

  it('recognises the emergencies from the issue, with every number and the rule that matched', async () => {
    const reads = jest.spyOn(api.app.knowledge, 'hitsFor');
    const accident = await screening('路口有两辆电动车撞在一起了，有人受伤躺在地上流血，没人管');
    expect(accident).toMatchObject({ outcome: 'emergency', hotline: { number: '120' } });
    expect(accident.hotlines.map((h: { number: string }) => h.number)).toEqual(['120', '122']);
    expect(accident.reasons.map((r: { rule: string }) => r.rule)).toContain('traffic');
    expect(accident.articles).toBeUndefined();
    expect((await screening('有人受伤了')).hotline.number).toBe('120');
    expect((await screening('小区里有人打架，拿着刀')).hotline.number).toBe('110');
    expect(reads).not.toHaveBeenCalled(); // an emergency costs no knowledge read
    reads.mockRestore();
  });

  it('does not alarm on settled events and answers them from the knowledge base only if an article fits', async () => {
    expect((await screening('上个月小区门口出的车祸已经处理完了，想问事故认定书去哪里拿')).outcome).not.toBe('emergency');
    const school = await screening('孩子明年读一年级，什么时候报名？');
    expect(school.outcome).toBe('knowledge');
    expect(school.articles[0].title).toBe('小学一年级新生报名');
    expect(school.articles.map((a: { title: string }) => a.title)).not.toContain('新生儿办理户口登记');
  });

  it('GET /v1/knowledge: the right article, or nothing', async () => {
    const metro = await knowledge('广州地铁末班车是几点');
    expect(metro[0]).toBe('地铁首末班车时间');
    expect(metro).not.toContain('生活垃圾分类怎么投放');
    expect(await knowledge('小区的健身器材坏了')).toEqual([]);
    const lift = await knowledge('小区电梯老是坏，物业不管');
    expect(lift).toContain('电梯故障和维保问题找谁');
    expect(lift).not.toContain('噪音扰民怎么反映');
  });
});
