/** Telephone registration endpoints against the request adapter, and the client-side duplicate match. */
import { PROFILES } from '../../../../shared/policy/profiles';
import { request } from '../../platform/request';
import { CENTER, queueItem } from '../__fixtures__/matters';
import {
  answerText,
  ANSWER_MAX,
  EMPTY_REGISTRATION,
  fetchOpenMatters,
  findDuplicates,
  MAX_DUPLICATES,
  mergeDuplicates,
  longestCommon,
  normalizeText,
  registerPhoneMatter,
  validateRegistration,
} from './register';

jest.mock('../../platform/request', () => ({ ...jest.requireActual('../../platform/request'), request: jest.fn() }));
const mockRequest = request as jest.MockedFunction<typeof request>;
const ok = (data: unknown, status = 200) => ({ status, data });
const GZ = PROFILES.guangzhou.districts;

beforeEach(() => mockRequest.mockReset());

describe('validateRegistration (shared phoneRegistrationSchema)', () => {
  it('gives the body to send, trimmed, with channel phone', () => {
    const r = validateRegistration(
      { ...EMPTY_REGISTRATION, callerPhone: '13912345678', category: 'help', district: '越秀区', content: '  北京路路灯坏了一个多月，晚上很黑  ', address: ' ' },
      GZ,
    );
    expect(r).toEqual({
      ok: true,
      body: {
        channel: 'phone',
        callerPhone: '13912345678',
        category: 'help',
        district: '越秀区',
        content: '北京路路灯坏了一个多月，晚上很黑',
        address: null,
        contactName: null,
        confidential: false,
        title: null,
        location: null,
      },
    });
  });

  it('accepts a landline with its area code, sent without the separator', () => {
    const r = validateRegistration({ ...EMPTY_REGISTRATION, callerPhone: '020-87654321', category: 'help', district: '越秀区', content: '北京路路灯坏了一个多月，晚上很黑' }, GZ);
    expect(r).toMatchObject({ ok: true, body: { callerPhone: '02087654321' } });
  });

  it('gives the first message per field, in the backend’s words', () => {
    const r = validateRegistration({ ...EMPTY_REGISTRATION, callerPhone: '1234', district: '朝阳区', content: '短' }, GZ);
    expect(r).toEqual({
      ok: false,
      errors: {
        callerPhone: '请填写11位手机号码，或带区号的固定电话（如 020-87654321）',
        category: '请选择诉求类别',
        district: '请从列表中选择所在区',
        content: '诉求内容至少需要10个字',
      },
    });
  });
});

it('registerPhoneMatter posts to /v1/work/matters with the staff token', async () => {
  mockRequest.mockResolvedValueOnce(ok({ id: 'n1', trackingNo: 'GZ2611220007' }, 201));
  const body = { channel: 'phone' as const, callerPhone: '13912345678', category: 'help' as const, content: '北京路路灯坏了一个多月', district: '越秀区', address: null, contactName: null, confidential: false, attachments: [] };
  await expect(registerPhoneMatter(CENTER, body)).resolves.toMatchObject({ trackingNo: 'GZ2611220007' });
  expect(mockRequest.mock.calls[0][0]).toMatchObject({ method: 'POST', data: body, headers: { Authorization: 'Bearer tok-center' } });
  expect(mockRequest.mock.calls[0][0].url).toMatch(/\/v1\/work\/matters$/);
});

it('registerPhoneMatter with an answer sends both in one request; an empty answer never leaves the client', async () => {
  mockRequest.mockResolvedValueOnce(ok({ id: 'n2', trackingNo: 'GZ2611220008', status: 'awaiting_rating' }, 201));
  const body = { channel: 'phone' as const, callerPhone: '13912345678', category: 'consultation' as const, content: '社保卡丢了怎么补办？', district: '越秀区', address: null, contactName: null, confidential: false, attachments: [] };
  await expect(registerPhoneMatter(CENTER, body, '可到社保卡服务网点补办')).resolves.toMatchObject({ status: 'awaiting_rating' });
  expect(mockRequest.mock.calls[0][0]).toMatchObject({ method: 'POST', data: { ...body, answer: '可到社保卡服务网点补办' } });
  expect(mockRequest.mock.calls[0][0].url).toMatch(/\/v1\/work\/matters$/);
  expect(() => registerPhoneMatter(CENTER, body, ' ')).toThrow();
  expect(mockRequest).toHaveBeenCalledTimes(1);
});

it('answerText uses the article body, cut to what the answer action accepts', () => {
  expect(answerText({ title: 't', body: ' 正文 ' })).toBe('正文');
  expect(answerText({ title: '标题', body: '' })).toBe('标题');
  const long = answerText({ title: 't', body: '字'.repeat(5000) });
  expect(long).toHaveLength(ANSWER_MAX);
  expect(long.endsWith('…')).toBe(true);
});

it('fetchOpenMatters reads the three open statuses, newest first, without repeats', async () => {
  const a = queueItem({ id: 'a', createdAt: '2026-11-20T09:00:00.000+08:00' });
  const b = queueItem({ id: 'b', status: 'dispatched', createdAt: '2026-11-21T09:00:00.000+08:00' });
  const c = queueItem({ id: 'c', status: 'in_progress', createdAt: '2026-11-19T09:00:00.000+08:00' });
  mockRequest.mockImplementation(async (req) => {
    const status = new URL(req.url).searchParams.get('status');
    return ok({ items: status === 'received' ? [a] : status === 'dispatched' ? [b, a] : [c], cursor: null });
  });
  const items = await fetchOpenMatters(CENTER);
  expect(items.map((m) => m.id)).toEqual(['b', 'a', 'c']);
  expect(mockRequest.mock.calls.map((c) => new URL(c[0].url).searchParams.get('status')).sort()).toEqual(['dispatched', 'in_progress', 'received']);
});

describe('findDuplicates', () => {
  const rows = [
    queueItem({ id: 'same', district: '天河区', content: '天河路100号小区门口的路灯坏了' }),
    queueItem({ id: 'title', district: '天河区', title: '天河路 100 号噪音', content: '晚上施工' }),
    queueItem({ id: 'near', district: '天河区', content: '天河路102号路灯不亮' }),
    queueItem({ id: 'other', district: '越秀区', content: '天河路100号' }),
  ];

  it('matches the address in the content or title, ignoring spaces and punctuation; filters by district', () => {
    expect(findDuplicates(rows, { district: '天河区', address: '天河路100号' }).map((d) => d.item.id)).toEqual(['same', 'title']);
    expect(findDuplicates(rows, { district: null, address: '天河路１００号' }).map((d) => d.item.id)).toEqual(['same', 'title', 'other']);
    expect(findDuplicates(rows, { district: '天河区', address: '天河路100号' }, 'same').map((d) => d.item.id)).toEqual(['title']);
  });

  it('says nothing for a too-short address', () => {
    expect(findDuplicates(rows, { district: '天河区', address: '天河' })).toEqual([]);
  });

  it('gives the reason in words', () => {
    expect(findDuplicates(rows, { district: '天河区', address: '天河路100号' })[0].reason).toBe('地址相近：“天河路100号”，天河区');
  });

  it('helpers', () => {
    expect(normalizeText('Ａ栋 3-2，天河路！')).toBe('a栋32天河路');
    expect(longestCommon('天河路100号', '在天河路102号')).toBe(5);
    expect(longestCommon('', 'x')).toBe(0);
  });
});

describe('mergeDuplicates', () => {
  const a = queueItem({ id: 'a' });
  const b = queueItem({ id: 'b' });
  const c = queueItem({ id: 'c' });
  it('same caller first, a matter found both ways once with both reasons, the one just registered left out', () => {
    const merged = mergeDuplicates([a, b], [{ item: b, reason: '地址相近：“天河路100号”，天河区' }, { item: c, reason: '地址相近' }], 'a');
    expect(merged.map((d) => d.item.id)).toEqual(['b', 'c']);
    expect(merged[0].reason).toBe('同一来电号码的在办诉求；地址相近：“天河路100号”，天河区');
  });
  it('at most MAX_DUPLICATES', () => {
    const many = Array.from({ length: MAX_DUPLICATES + 3 }, (_, i) => queueItem({ id: `m${i}` }));
    expect(mergeDuplicates(many, [])).toHaveLength(MAX_DUPLICATES);
  });
});
