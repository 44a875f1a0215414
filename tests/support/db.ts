/**
 * One fresh DynamoDB Local table per test file (STYLE 8: tests against the real store, each isolated), created from
 * serverless.yml's definition through the same code as `npm start` (scripts/lib/table.js).
 *
 *   let table: string;
 *   beforeAll(async () => { table = await createTestTable('matters', { setEnv: true }); });
 *   afterAll(() => deleteTestTable(table));
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { deleteTable, ensureTable } from '../../scripts/lib/table';

/** The run's DynamoDB Local (jest globalSetup). */
export function testEndpoint(): string {
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('DYNAMODB_ENDPOINT is not set: the backend jest project\'s globalSetup starts DynamoDB Local');
  return endpoint;
}

/** A low-level client for the run's DynamoDB Local. Call `.destroy()` when done (or use `withClient`). */
export function testClient(endpoint = testEndpoint()): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

/** A document client like the functions' (removeUndefinedValues), for the run's DynamoDB Local. */
export function testDocClient(endpoint = testEndpoint()): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(testClient(endpoint), { marshallOptions: { removeUndefinedValues: true } });
}

async function withClient<T>(fn: (c: DynamoDBClient) => Promise<T>): Promise<T> {
  const c = testClient();
  try {
    return await fn(c);
  } finally {
    c.destroy();
  }
}

let counter = 0;

/** A unique, valid table name: [A-Za-z0-9_.-], 3–255 characters. */
export function uniqueTableName(prefix = 'test'): string {
  const safe = prefix.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, 100) || 'test';
  counter += 1;
  return `${safe}-${process.env.JEST_WORKER_ID ?? '0'}-${counter}-${randomBytes(4).toString('hex')}`;
}

export interface CreateTestTableOptions {
  /** Also set process.env.TABLE_NAME (for handlers that read their configuration from the environment). */
  setEnv?: boolean;
}

/** Create a fresh table with serverless.yml's keys and indexes; returns its name. */
export async function createTestTable(prefix = 'test', o: CreateTestTableOptions = {}): Promise<string> {
  const name = uniqueTableName(prefix);
  await withClient((c) => ensureTable(c, name));
  if (o.setEnv) process.env.TABLE_NAME = name;
  return name;
}

export async function deleteTestTable(name: string): Promise<void> {
  await withClient((c) => deleteTable(c, name));
}
