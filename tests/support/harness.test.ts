/**
 * The test harness itself: globalSetup's DynamoDB Local reaches the workers, tables come from serverless.yml, and the
 * HTTP wrapper behaves at its edges (health 200/503, 413 before parsing, 400 on bad JSON).
 */
import { DescribeTableCommand, DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { freePort } from '../../scripts/lib/dynamo-local';
import { readTableProperties } from '../../scripts/lib/table';
import { httpHandler, json, MAX_BODY_BYTES } from '../../functions/lib/http';
import { createTestTable, deleteTestTable, testClient } from './db';
import { httpEvent, lambdaContext, scheduleEvent } from './events';

type Result = APIGatewayProxyStructuredResultV2;
type HealthModule = typeof import('../../functions/http/health');

const parse = (r: Result) => JSON.parse(String(r.body));

/** Load a handler module afresh with the given environment (configuration and the DynamoDB client are per process). */
function loadWithEnv<T>(modulePath: string, vars: Record<string, string>): T {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    let mod: T | undefined;
    jest.isolateModules(() => {
      mod = require(modulePath) as T;
    });
    return mod!;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe('test harness', () => {
  let table: string;
  beforeAll(async () => {
    table = await createTestTable('harness');
  });
  afterAll(() => deleteTestTable(table));

  it('passes the globalSetup DynamoDB Local endpoint to workers', () => {
    expect(process.env.DYNAMODB_ENDPOINT).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(process.env.STAGE).toBe('test');
  });

  it('creates tables with the keys, GSIs and TTL declared in serverless.yml', async () => {
    const declared = readTableProperties();
    const client = testClient();
    try {
      const t = (await client.send(new DescribeTableCommand({ TableName: table }))).Table!;
      expect(t.KeySchema).toEqual(declared.KeySchema);
      const gsis = (t.GlobalSecondaryIndexes ?? [])
        .map((g) => ({ IndexName: g.IndexName, KeySchema: g.KeySchema, Projection: g.Projection }))
        .sort((a, b) => a.IndexName!.localeCompare(b.IndexName!));
      expect(gsis).toEqual(declared.GlobalSecondaryIndexes);
      expect(gsis.map((g) => g.IndexName)).toEqual(expect.arrayContaining(['gsi1', 'gsi2', 'gsi3']));
      expect(t.StreamSpecification).toEqual({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
      const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: table }));
      expect(ttl.TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'ttl' });
    } finally {
      client.destroy();
    }
  });

  describe('GET /v1/health', () => {
    it('answers 200 with the policy and calendar coverage when the table answers', async () => {
      const { handler } = loadWithEnv<HealthModule>('../../functions/http/health', { TABLE_NAME: table, HOTLINE_POLICY: 'changsha' });
      const r = (await handler(httpEvent({ method: 'GET', path: '/v1/health' }), lambdaContext())) as Result;
      expect(r.statusCode).toBe(200);
      expect(r.headers?.['content-type']).toBe('application/json; charset=utf-8');
      const body = parse(r);
      expect(body).toMatchObject({ status: 'ok', policy: 'changsha', stage: 'test' });
      expect(body.calendar).toMatchObject({ officialYears: [2004, 2026], provisionalFrom: expect.any(Number) });
      expect(body.calendar.source).toBeUndefined();
    });

    it('answers 503 with Retry-After when DynamoDB is unreachable', async () => {
      const closed = await freePort(); // nothing listens there
      const { handler } = loadWithEnv<HealthModule>('../../functions/http/health', {
        TABLE_NAME: table,
        DYNAMODB_ENDPOINT: `http://127.0.0.1:${closed}`,
      });
      const r = (await handler(httpEvent({ path: '/v1/health' }), lambdaContext())) as Result;
      expect(r.statusCode).toBe(503);
      expect(Number(r.headers?.['retry-after'])).toBeGreaterThan(0);
      expect(parse(r)).toEqual({ error: { code: 'UNAVAILABLE', message: expect.stringMatching(/稍后再试/) } });
    });

    it('answers 503 when the table does not exist', async () => {
      const { handler } = loadWithEnv<HealthModule>('../../functions/http/health', { TABLE_NAME: 'no-such-table' });
      const r = (await handler(httpEvent({ path: '/v1/health' }), lambdaContext())) as Result;
      expect(r.statusCode).toBe(503);
      expect(parse(r).error.code).toBe('UNAVAILABLE');
    });
  });

  describe('httpHandler body limits', () => {
    const seen: unknown[] = [];
    const echo = httpHandler(async ({ body, now }) => {
      seen.push(body);
      return json(200, { body, now });
    });
    beforeEach(() => {
      seen.length = 0;
    });

    it('rejects a body over 64 KB with 413 before parsing it', async () => {
      const big = `{"x":"${'a'.repeat(MAX_BODY_BYTES)}"}`; // valid JSON, just too large
      const r = (await echo(httpEvent({ method: 'POST', path: '/t', body: big }), lambdaContext())) as Result;
      expect(r.statusCode).toBe(413);
      expect(parse(r).error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(seen).toEqual([]);
    });

    it('counts bytes, not characters (Chinese text is 3 bytes per character in UTF-8)', async () => {
      const chars = Math.floor(MAX_BODY_BYTES / 3) + 10; // under 64 K characters, over 64 KB
      const r = (await echo(httpEvent({ method: 'POST', path: '/t', body: { content: '路'.repeat(chars) } }), lambdaContext())) as Result;
      expect(r.statusCode).toBe(413);
    });

    it('accepts a body of exactly 64 KB', async () => {
      const body = `"${'a'.repeat(MAX_BODY_BYTES - 2)}"`;
      const r = (await echo(httpEvent({ method: 'POST', path: '/t', body }), lambdaContext())) as Result;
      expect(r.statusCode).toBe(200);
    });

    it('rejects malformed JSON with 400 VALIDATION_FAILED and a Chinese message', async () => {
      const r = (await echo(httpEvent({ method: 'POST', path: '/t', body: '{"content": "路灯坏了",' }), lambdaContext())) as Result;
      expect(r.statusCode).toBe(400);
      const { error } = parse(r);
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.message).toMatch(/JSON/);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(seen).toEqual([]);
    });

    it('passes the parsed body and requestContext.timeEpoch as now', async () => {
      const now = Date.parse('2026-11-02T10:00:00+08:00');
      const r = (await echo(httpEvent({ method: 'POST', path: '/t', body: { a: 1 }, now }), lambdaContext())) as Result;
      expect(parse(r)).toEqual({ body: { a: 1 }, now });
    });
  });

  it('builds schedule events whose time the sweep handler uses as now', async () => {
    const calls: unknown[] = [];
    let handler!: (e: { time: string }) => Promise<unknown>;
    jest.isolateModules(() => {
      jest.doMock('../../functions/scheduled/sweepRunner', () => ({
        sweepSettings: () => ({}), // the cold-start check of the notification settings
        sweep: async (input: unknown) => {
          calls.push(input);
          return { processed: 0 };
        },
      }));
      handler = require('../../functions/scheduled/sweep').handler;
    });
    await handler(scheduleEvent('2026-11-16T16:05:00Z'));
    expect(calls).toEqual([expect.objectContaining({ now: Date.parse('2026-11-16T16:05:00Z') })]);
    jest.dontMock('../../functions/scheduled/sweepRunner');
  });
});
