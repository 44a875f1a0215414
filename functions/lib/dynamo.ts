/**
 * The process's one DynamoDB client (STYLE 7: created at module load, reused by every invocation so connections
 * stay warm). Handlers import `ddb`; tests that need another endpoint build their own with `createDocumentClient`.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { env } from './env';

export interface DocumentClientOptions {
  /** DynamoDB Local URL; omit in AWS. */
  endpoint?: string;
  region?: string;
  /** Attempts per call including the first (SDK default 3). */
  maxAttempts?: number;
}

export function createDocumentClient(o: DocumentClientOptions = {}): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: o.region ?? env().region,
    endpoint: o.endpoint,
    // DynamoDB Local accepts any credentials; fixed fake ones keep a developer's real AWS profile out of the way.
    credentials: o.endpoint ? { accessKeyId: 'local', secretAccessKey: 'local' } : undefined,
    maxAttempts: o.maxAttempts ?? 3,
    // Fail fast instead of hanging until the Lambda times out: a request that cannot connect or answer in time
    // becomes a retryable TimeoutError, which functions/lib/http maps to 503 UNAVAILABLE with Retry-After.
    requestHandler: { connectionTimeout: 1_000, requestTimeout: 5_000, throwOnRequestTimeout: true },
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  });
}

const config = env();
export const ddb: DynamoDBDocumentClient = createDocumentClient({ endpoint: config.dynamodbEndpoint, region: config.region });
