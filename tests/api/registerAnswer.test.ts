/**
 * Registering a call and answering it from the knowledge base is one server command (GZ Art.2, GZ Art.13(1)):
 * POST /v1/work/matters with `answer` stores the matter already answered and awaiting the caller's rating, in one
 * transaction. A refused answer (not a consultation), a bad answer or a failed write registers nothing, so there is
 * no "registered but not answered" state for the operator to repair. Against DynamoDB Local; the one fault is
 * injected with SDK middleware on the real client.
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { getPolicy } from '../../shared/policy';
import { makeTestApi, type TestApi } from '../fixtures/app';

const ANSWER = '办理居住证需携带身份证、住所证明和近期照片，到居住地派出所或政务服务中心申请，15个工作日内办结。';
const consultation = (callerPhone: string) => ({
  channel: 'phone',
  callerPhone,
  category: 'consultation',
  content: '请问居住证怎么办理，需要什么材料？',
  district: '天河区',
  confidential: false,
});

describe('POST /v1/work/matters with an answer: registered and answered together, or not at all', () => {
  let api: TestApi;
  const injector = { failNextTransaction: false, injected: 0 };
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy('guangzhou'), calendar: loadDefaultCalendar({}) });
    api.app.db.middlewareStack.add(
      (next, context) => async (args) => {
        if (injector.failNextTransaction && context.commandName === 'TransactWriteItemsCommand') {
          injector.failNextTransaction = false;
          injector.injected += 1;
          throw Object.assign(new Error('injected'), { name: 'InternalServerError', $fault: 'server', $metadata: { httpStatusCode: 500 } });
        }
        return next(args);
      },
      { step: 'initialize', name: 'faultInjector' },
    );
  });
  afterAll(() => api.close());

  const register = (body: unknown, now = '2026-11-02 10:00') => api.call('POST', '/v1/work/matters', { token: api.tokens.center, body, now });
  const callerMatters = async (callerPhone: string) => {
    const r = await api.call('GET', `/v1/work/matters?callerPhone=${callerPhone}`, { token: api.tokens.center, now: '2026-11-02 10:05' });
    expect(r.status).toBe(200);
    return r.body.items as Array<{ id: string; status: string }>;
  };

  it('a consultation with an answer is stored answered: awaiting the rating, the answer as the reply, both events', async () => {
    const r = await register({ ...consultation('13511113333'), answer: ANSWER });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ channel: 'phone', category: 'consultation', status: 'awaiting_rating', version: 2, reply: { result: ANSWER } });
    expect(r.body.timeline.map((e: { type: string }) => e.type)).toEqual(['submitted', 'answered']);
    expect(r.body.deadlines.rateBy).not.toBeNull();

    const read = await api.call('GET', `/v1/matters/${r.body.id}`, { token: api.tokens.center, now: '2026-11-02 10:01' });
    expect(read.body).toMatchObject({ status: 'awaiting_rating', version: 2, reply: { result: ANSWER } });
    expect((await callerMatters('13511113333')).map((m) => m.status)).toEqual(['awaiting_rating']);
  });

  it('without an answer it is registered as before, waiting to be dispatched', async () => {
    const r = await register(consultation('13511114444'));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ status: 'received', version: 1, reply: null });
  });

  it('an answer on a matter that is not a consultation is refused (409) and nothing is registered', async () => {
    const r = await register({ ...consultation('13511115555'), category: 'complaint', answer: ANSWER });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatchObject({ code: 'INVALID_TRANSITION', message: '只有咨询类诉求可以直接答复' });
    expect(await callerMatters('13511115555')).toEqual([]);
  });

  it('a too-short answer is a 400 naming the field, and nothing is registered', async () => {
    const r = await register({ ...consultation('13511116666'), answer: '好' });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body.error)).toContain('answer');
    expect(r.body.error.message).toMatch(/答复内容/);
    expect(await callerMatters('13511116666')).toEqual([]);
  });

  it('a failed write leaves neither the matter nor the answer; the retry stores both', async () => {
    injector.failNextTransaction = true;
    const failed = await register({ ...consultation('13511117777'), answer: ANSWER });
    expect(injector.injected).toBe(1);
    expect(failed.status).toBe(503);
    expect(await callerMatters('13511117777')).toEqual([]);

    const retried = await register({ ...consultation('13511117777'), answer: ANSWER });
    expect(retried.status).toBe(201);
    expect(retried.body.status).toBe('awaiting_rating');
    expect((await callerMatters('13511117777')).map((m) => m.id)).toEqual([retried.body.id]);
  });
});
