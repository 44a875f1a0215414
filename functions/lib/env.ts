/**
 * Configuration (docs/rules.md §5), read from the environment once per process and validated up front: a misconfigured
 * function fails at cold start with a message naming the variable, not on some later request.
 *
 * Stages `local` and `test` get safe local defaults (the same values serverless.yml's custom.settings.local uses);
 * every other stage is "deployed" and must set the secrets itself (serverless.yml: exported at deploy time or
 * resolved by CloudFormation from SSM).
 */

export interface Env {
  stage: string;
  /** True for `local` and `test`: local defaults apply and the fake WeChat sign-in may be honoured. */
  isLocal: boolean;
  tableName: string;
  /** DynamoDB Local URL; undefined in AWS. */
  dynamodbEndpoint?: string;
  region: string;
  /** HOTLINE_POLICY, not yet validated here: shared/policy's getPolicy() owns the list of names. */
  policyName: string;
  authSecret: string;
  authWechatFake: boolean;
  wechatAppId?: string;
  wechatSecret?: string;
  piiKey: string;
  adminBootstrapPassword?: string;
  /** S3 bucket for citizens' photos (serverless.yml UploadBucket; locally s3rver's bucket). */
  uploadBucket: string;
  /** S3-compatible endpoint (s3rver) for local and test stages; undefined in AWS. */
  s3Endpoint?: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const LOCAL_STAGES = ['local', 'test'] as const;
export const DEFAULT_REGION = 'ap-east-1';

/** Local-only defaults. Never used by a deployed stage (see `readEnv`). */
export const LOCAL_DEFAULTS = {
  AUTH_SECRET: 'local-only-auth-secret-do-not-deploy-0123456789',
  PII_KEY: '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f',
  ADMIN_BOOTSTRAP_PASSWORD: 'admin-demo-2026',
  AUTH_WECHAT_FAKE: '1',
} as const;

const MIN_SECRET_LENGTH = 32;

type Source = Record<string, string | undefined>;

const value = (src: Source, name: string): string | undefined => {
  const v = src[name]?.trim();
  return v ? v : undefined;
};

function required(src: Source, name: string, localDefault: string | undefined, stage: string): string {
  const v = value(src, name) ?? localDefault;
  if (v === undefined) {
    throw new ConfigError(
      `Environment variable ${name} is required for stage "${stage}" but is not set ` +
        `(deployed stages set it in serverless.yml: exported at deploy time or from SSM /hotline-12345/${stage}/${name}).`,
    );
  }
  return v;
}

/**
 * Parse and validate a configuration. Pure: tests pass their own source.
 * STAGE may only be omitted outside AWS Lambda (then it is `local`), so a deployed function can never fall back to
 * the local secrets by accident.
 */
export function readEnv(src: Source = process.env): Env {
  const inLambda = !!src.AWS_LAMBDA_FUNCTION_NAME && src.IS_OFFLINE !== 'true';
  const stage = value(src, 'STAGE') ?? (inLambda ? undefined : 'local');
  if (!stage) throw new ConfigError('Environment variable STAGE is required in AWS Lambda but is not set (serverless.yml sets it).');
  const isLocal = (LOCAL_STAGES as readonly string[]).includes(stage);
  const local = <T>(v: T): T | undefined => (isLocal ? v : undefined);

  const authSecret = required(src, 'AUTH_SECRET', local(LOCAL_DEFAULTS.AUTH_SECRET), stage);
  if (!isLocal && authSecret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(`Environment variable AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters in stage "${stage}".`);
  }
  const piiKey = required(src, 'PII_KEY', local(LOCAL_DEFAULTS.PII_KEY), stage);
  if (!/^[0-9a-f]{64}$/i.test(piiKey) && Buffer.from(piiKey, 'base64').length !== 32) {
    throw new ConfigError('Environment variable PII_KEY must be 32 bytes, given as 64 hex characters or base64.');
  }
  const endpoint = value(src, 'DYNAMODB_ENDPOINT');
  if (endpoint && !/^https?:\/\//.test(endpoint)) {
    throw new ConfigError(`Environment variable DYNAMODB_ENDPOINT must be an http(s) URL, got "${endpoint}".`);
  }

  const s3Endpoint = value(src, 'S3_ENDPOINT');
  if (s3Endpoint && !/^https?:\/\//.test(s3Endpoint)) {
    throw new ConfigError(`Environment variable S3_ENDPOINT must be an http(s) URL, got "${s3Endpoint}".`);
  }

  return {
    stage,
    isLocal,
    tableName: required(src, 'TABLE_NAME', local(`hotline-12345-${stage}`), stage),
    dynamodbEndpoint: endpoint,
    region: value(src, 'AWS_REGION') ?? value(src, 'AWS_DEFAULT_REGION') ?? DEFAULT_REGION,
    policyName: value(src, 'HOTLINE_POLICY') ?? 'guangzhou',
    authSecret,
    // docs/rules.md §5: honoured only in local/test, whatever the variable says.
    authWechatFake: isLocal && (value(src, 'AUTH_WECHAT_FAKE') ?? LOCAL_DEFAULTS.AUTH_WECHAT_FAKE) === '1',
    wechatAppId: value(src, 'WECHAT_APPID'),
    wechatSecret: value(src, 'WECHAT_SECRET'),
    piiKey,
    adminBootstrapPassword: value(src, 'ADMIN_BOOTSTRAP_PASSWORD') ?? local(LOCAL_DEFAULTS.ADMIN_BOOTSTRAP_PASSWORD),
    uploadBucket: required(src, 'UPLOAD_BUCKET', local(`hotline-12345-${stage}-uploads`), stage),
    s3Endpoint,
  };
}

let cached: Env | undefined;

/** The process's configuration, read on first use and kept (Lambda processes are not reconfigured). */
export function env(): Env {
  cached ??= readEnv(process.env);
  return cached;
}

/** Tests only: forget the cached configuration so the next `env()` reads process.env again. */
export function resetEnvForTests(): void {
  cached = undefined;
}
