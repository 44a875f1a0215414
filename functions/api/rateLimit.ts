/**
 * Fixed-window rate limits kept in DynamoDB (atomic ADD on a counter item with a TTL), so every Lambda instance
 * shares them. docs/rules.md §7 per-openid submission limit; lookup limits against guessing (tracking number + 4 digits).
 */
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../shared/domain/errors';
import { keys } from '../store/keys';

export interface Limit {
  max: number;
  windowSeconds: number;
  message: string;
}

export const DEFAULT_LIMITS: Record<string, Limit> = {
  upload: { max: 100, windowSeconds: 3600, message: '上传图片过于频繁，请一小时后再试' },
  submit: { max: 10, windowSeconds: 3600, message: '提交过于频繁，请一小时后再试。如有紧急情况请拨打110/119/120' },
  signin: { max: 30, windowSeconds: 600, message: '登录过于频繁，请10分钟后再试' },
  'staff-signin': { max: 30, windowSeconds: 600, message: '登录尝试过多，请10分钟后再试' },
  'lookup-ip': { max: 30, windowSeconds: 600, message: '查询过于频繁，请10分钟后再试' },
  'lookup-no': { max: 10, windowSeconds: 600, message: '该编号查询次数过多，请10分钟后再试' },
};

export class RateLimiter {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly limits: Record<string, Limit> = DEFAULT_LIMITS,
  ) {}

  /**
   * The same count as a transaction item, so a write that must be limited (a submission) costs no extra round trip:
   * the transaction fails on this item's condition once the window is full. `refusal()` is the error to raise then.
   */
  transactItem(scope: string, subject: string, now: number) {
    const limit = this.limits[scope];
    if (!limit || !subject) return null;
    const window = Math.floor(now / 1000 / limit.windowSeconds);
    const windowEnd = (window + 1) * limit.windowSeconds;
    return {
      item: {
        Update: {
          TableName: this.table,
          Key: keys.rateLimit(scope, subject, window),
          UpdateExpression: 'ADD n :one SET #ttl = if_not_exists(#ttl, :ttl)',
          ConditionExpression: 'attribute_not_exists(n) OR n < :max',
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':one': 1, ':ttl': windowEnd + 60, ':max': limit.max },
        },
      },
      refusal: () => new DomainError('RATE_LIMITED', limit.message, { retryAfter: Math.max(1, windowEnd - Math.floor(now / 1000)) }),
    };
  }

  /** Count one request of `scope` by `subject`; 429 RATE_LIMITED with Retry-After when over the limit. */
  async hit(scope: string, subject: string, now: number): Promise<void> {
    const limit = this.limits[scope];
    if (!limit || !subject) return;
    const window = Math.floor(now / 1000 / limit.windowSeconds);
    const windowEnd = (window + 1) * limit.windowSeconds;
    const r = await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.rateLimit(scope, subject, window),
        UpdateExpression: 'ADD n :one SET #ttl = if_not_exists(#ttl, :ttl)',
        ExpressionAttributeNames: { '#ttl': 'ttl' },
        ExpressionAttributeValues: { ':one': 1, ':ttl': windowEnd + 60 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    if (Number(r.Attributes?.n) > limit.max) {
      throw new DomainError('RATE_LIMITED', limit.message, { retryAfter: Math.max(1, windowEnd - Math.floor(now / 1000)) });
    }
  }
}
