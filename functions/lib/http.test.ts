/** Error mapping of the HTTP wrapper (no store needed): one place turns every failure into docs/rules.md §5's error body. */
import { Writable } from 'node:stream';
import { DomainError } from '../../shared/domain/errors';
import { httpEvent, lambdaContext } from '../../tests/support/events';
import { created, httpHandler, isUnavailableError, json } from './http';
import { createLogger } from './logger';

type R = { statusCode: number; headers: Record<string, string>; body: string };

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { lines, logger: createLogger({ level: 'info', destination: stream }) };
}

const call = async (fn: () => Promise<unknown>, opts = {}) => {
  const h = httpHandler(async () => {
    await fn();
    return json(200, {});
  }, opts);
  return (await h(httpEvent({ method: 'POST', path: '/t', body: {} }), lambdaContext())) as R;
};

const awsError = (name: string, status = 400) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

describe('httpHandler error mapping', () => {
  it('maps a DomainError to its status and the documented error body (docs/rules.md §5)', async () => {
    const r = await call(async () => {
      throw new DomainError('INVALID_TRANSITION', '当前状态不能延期', { status: 'closed' });
    });
    expect(r.statusCode).toBe(409);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(r.body)).toEqual({ error: { code: 'INVALID_TRANSITION', message: '当前状态不能延期', details: { status: 'closed' } } });
  });

  it('puts a rate limit\'s retryAfter into Retry-After', async () => {
    const r = await call(async () => {
      throw new DomainError('RATE_LIMITED', '提交过于频繁', { retryAfter: 42 });
    });
    expect(r.statusCode).toBe(429);
    expect(r.headers['retry-after']).toBe('42');
  });

  it.each([
    ['ProvisionedThroughputExceededException', 400],
    ['ThrottlingException', 400],
    ['RequestLimitExceeded', 400],
    ['InternalServerError', 500],
    ['ServiceUnavailable', 503],
    ['TimeoutError', 0],
  ])('maps %s to 503 UNAVAILABLE with Retry-After', async (name, status) => {
    const r = await call(async () => {
      throw awsError(name, status);
    });
    expect(r.statusCode).toBe(503);
    expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(r.body).error.code).toBe('UNAVAILABLE');
  });

  it('maps network errors (also wrapped in AggregateError or cause) to 503', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(isUnavailableError(refused)).toBe(true);
    expect(isUnavailableError(new AggregateError([refused]))).toBe(true);
    expect(isUnavailableError(new Error('x', { cause: refused }))).toBe(true);
    expect(isUnavailableError(awsError('ConditionalCheckFailedException'))).toBe(false);
    const cancelled = (...codes: string[]) =>
      Object.assign(awsError('TransactionCanceledException'), { CancellationReasons: codes.map((Code) => ({ Code })) });
    expect(isUnavailableError(cancelled('None', 'ThrottlingError'))).toBe(true);
    expect(isUnavailableError(cancelled('TransactionConflict'))).toBe(true);
    expect(isUnavailableError(cancelled('ConditionalCheckFailed', 'None'))).toBe(false);
    expect(isUnavailableError(new TypeError('x is undefined'))).toBe(false);
  });

  it('answers anything else with 500 INTERNAL, a generic Chinese message and no stack; the log has the request id', async () => {
    const { lines, logger } = capture();
    const h = httpHandler(async () => {
      throw new TypeError('Cannot read properties of undefined (reading "secret")');
    }, { logger });
    const r = (await h(httpEvent({ path: '/t', requestId: 'req-123' }), lambdaContext())) as R;
    expect(r.statusCode).toBe(500);
    expect(JSON.parse(r.body)).toEqual({ error: { code: 'INTERNAL', message: '服务器内部错误，请稍后再试' } });
    expect(r.body).not.toMatch(/TypeError|secret|at /);
    const logged = JSON.parse(lines.find((l) => l.includes('unhandled error'))!);
    expect(logged.requestId).toBe('req-123');
    expect(logged.err.stack).toMatch(/TypeError/);
  });

  it('builds 201 results with a Location', () => {
    expect(created({ id: 'm1' }, '/v1/matters/m1')).toEqual({
      statusCode: 201,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', location: '/v1/matters/m1' },
      body: '{"id":"m1"}',
    });
  });

  it('decodes base64 bodies and limits their decoded size', async () => {
    const h = httpHandler(async ({ body }) => json(200, body));
    const ok = (await h({ ...httpEvent({ method: 'POST', path: '/t' }), body: Buffer.from('{"a":"路灯"}').toString('base64'), isBase64Encoded: true }, lambdaContext())) as R;
    expect(JSON.parse(ok.body)).toEqual({ a: '路灯' });
    const big = Buffer.alloc(64 * 1024 + 1, 'a').toString('base64');
    const r = (await h({ ...httpEvent({ method: 'POST', path: '/t' }), body: big, isBase64Encoded: true }, lambdaContext())) as R;
    expect(r.statusCode).toBe(413);
  });
});
