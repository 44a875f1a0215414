/**
 * Matters travel their whole life through HTTP-shaped events, against DynamoDB Local (no persistence mocks).
 */
import { loadDefaultCalendar } from '../../functions/lib/config';
import { CATEGORIES, type Category } from '../../shared/domain/types';
import { getPolicy, POLICY_NAMES, type PolicyName } from '../../shared/policy';
import { makeTestApi, type TestApi } from '../fixtures/app';

const calendar = loadDefaultCalendar({});

describe.each(POLICY_NAMES)('full journey under %s', (policyName: PolicyName) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await makeTestApi({ policy: getPolicy(policyName), calendar });
  });
  afterAll(() => api.close());

  it.each(CATEGORIES)('%s: submit → dispatch → accept → extension → reply → review → unsatisfied → re-handle → rating → closed', async (category: Category) => {
    const policy = getPolicy(policyName);
    const citizen = await api.citizenToken(`o-${policyName}-${category}`);
    const { center, unit } = api.tokens;
    const district = policy.districts[0];
    const submitted = await api.call('POST', '/v1/matters', {
      token: citizen,
      headers: { 'Idempotency-Key': `key-${policyName}-${category}` },
      body: { category, content: '小区门口的路灯坏了一个多月，晚上很黑，老人出行不方便。', district, contactPhone: '13812345678', contactName: '张三', confidential: false },
      now: '2026-11-02 10:00',
    });
    expect(submitted.status).toBe(201);
    const m = submitted.body;
    expect(m.trackingNo).toMatch(new RegExp(`^${policy.trackingPrefix}261102\\d{4}$`));
    expect(m.status).toBe('received');
    expect(m.contact).toEqual({ name: '张三', phone: '13812345678' });
    expect(m.deadlines.dispatchBy).toEqual({ at: '2026-11-03T23:59:59.999+08:00', provisional: false });

    const act = (action: string, token: string, body: unknown, now: string) =>
      api.call('POST', `/v1/matters/${m.id}/${action}`, { token, body, now });

    let r = await act('dispatch', center, { leadUnitId: 'u-roads' }, '2026-11-02 11:00');
    expect(r.status).toBe(200);
    expect(r.body.leadUnit).toEqual({ id: 'u-roads', name: '道路管理局' });
    expect(r.body.contact.phone).toBe('138****5678'); // staff see a masked phone
    r = await act('accept', unit, {}, '2026-11-02 14:00');
    expect(r.body.status).toBe('in_progress');

    const ext = await act('extension', unit, { reason: '需要协调供电部门' }, '2026-11-03 09:00');
    if (policy.maxExtensions > 0) {
      expect(ext.status).toBe(200);
      expect(ext.body.counts.extensions).toBe(1);
      if (policy.centre.extensionReview) {
        // CS Art.21: the centre reviews the request.
        expect((await act('extension-review', center, { decision: 'approve' }, '2026-11-03 10:00')).status).toBe(200);
      }
    } else {
      expect(ext.status).toBe(409);
      expect(ext.body.error.code).toBe('LIMIT_REACHED');
    }

    const reply = { process: '现场查看，联系供电部门更换线路', result: '路灯已恢复照明', handledAt: '2026-11-04T10:00:00+08:00', contactedRequestor: true };
    expect((await act('reply', unit, reply, '2026-11-04 11:00')).body.status).toBe('reply_review');
    expect((await act('reply-review', center, { decision: 'compliant' }, '2026-11-04 12:00')).body.status).toBe('awaiting_rating');
    r = await act('rating', citizen, { result: 'unsatisfied', comment: '晚上还是不亮' }, '2026-11-04 20:00');
    if (policy.centre.callbackWD !== null) {
      // CS Art.26: the centre calls back and decides to re-handle.
      expect(r.body.status).toBe('awaiting_rating');
      r = await act('callback-decision', center, { decision: 'rehandle' }, '2026-11-04 21:00');
    }
    expect(r.body).toMatchObject({ status: 'in_progress', rehandling: true, counts: { rehandles: 1 } });
    // GZ Art.20: no extension while re-handling.
    const noExt = await act('extension', unit, { reason: '再次延期' }, '2026-11-05 09:00');
    expect(noExt.status).toBe(409);
    expect(noExt.body.error.code).toBe('INVALID_TRANSITION');

    await act('reply', unit, reply, '2026-11-05 10:00');
    await act('reply-review', center, { decision: 'compliant' }, '2026-11-05 11:00');
    r = await act('rating', citizen, { result: 'satisfied' }, '2026-11-05 12:00');
    expect(r.body).toMatchObject({ status: 'closed', rating: { result: 'satisfied', source: 'requestor' } });

    const detail = await api.call('GET', `/v1/matters/${m.id}`, { token: citizen, now: '2026-11-05 12:01' });
    expect(detail.status).toBe(200);
    expect(detail.body.version).toBe(detail.body.timeline.length);
    expect(detail.body.timeline.map((e: { type: string }) => e.type)).toEqual([
      'submitted',
      'dispatched',
      'accepted',
      ...(policy.centre.extensionReview ? ['extension_requested'] : []),
      ...(policy.maxExtensions > 0 ? ['extended'] : []),
      'replied',
      'reply_approved',
      'rated',
      ...(policy.centre.callbackWD !== null ? ['callback_opened'] : []),
      'rehandling',
      'replied',
      'reply_approved',
      'rated',
      'closed',
    ]);
    // Every event the citizen must hear about is in the outbox, written with the event.
    const outbox = await api.outbox(m.id);
    const toCitizen = outbox.filter((n) => n.audience === 'citizen').map((n) => n.type);
    expect(toCitizen).toEqual(
      expect.arrayContaining(['submitted', 'dispatched', 'reply_approved', 'rehandling', 'closed', ...(policy.maxExtensions > 0 ? ['extended'] : [])]),
    );
  });
});
