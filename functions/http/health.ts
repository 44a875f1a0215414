/**
 * GET /v1/health (no sign-in): the store answers, and which policy and calendar this deployment runs with.
 * → 200 {status:'ok', policy, calendar, stage}; 503 UNAVAILABLE (with Retry-After) when the table cannot be read.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../shared/domain/errors';
import { config as runtimeConfig } from '../lib/config';
import { ddb } from '../lib/dynamo';
import { httpHandler, json } from '../lib/http';
import { logger } from '../lib/logger';

// The configuration every entry uses (functions/lib/config.ts), parsed at cold start: an unknown HOTLINE_POLICY or
// broken calendar data fails the function loudly at once. Health needs no app: only the table, policy and calendar.
const { env: config, policy, calendar } = runtimeConfig();
// `source` names data files (possibly server paths): logged here, not published.
const { source, ...coverage } = calendar.coverage();
logger.info({ policy: policy.name, calendarSource: source, stage: config.stage }, 'health function initialised');

/** A key no item uses: the GetItem proves the table exists and answers, at the cost of 0.5 read units. */
const PROBE_KEY = { pk: 'HEALTH', sk: 'HEALTH' };

export const handler = httpHandler(async () => {
  try {
    await ddb.send(new GetCommand({ TableName: config.tableName, Key: PROBE_KEY }));
  } catch (err) {
    // A missing table is as unavailable as an unreachable endpoint; throttling/network errors map to 503 anyway.
    if ((err as { name?: string }).name === 'ResourceNotFoundException') {
      throw new DomainError('UNAVAILABLE', '服务暂时不可用，请稍后再试');
    }
    throw err;
  }
  return json(200, { status: 'ok', policy: policy.name, calendar: coverage, stage: config.stage });
});
