import { ConfigError, LOCAL_DEFAULTS, readEnv } from './env';

const deployed = {
  STAGE: 'prod',
  TABLE_NAME: 'hotline-12345-prod',
  AUTH_SECRET: 'x'.repeat(40),
  PII_KEY: 'ab'.repeat(32),
  UPLOAD_BUCKET: 'hotline-12345-prod-uploadbucket-abc',
};

describe('readEnv', () => {
  it('gives stage local/test safe defaults', () => {
    const e = readEnv({ STAGE: 'test' });
    expect(e).toMatchObject({
      stage: 'test',
      isLocal: true,
      tableName: 'hotline-12345-test',
      policyName: 'guangzhou',
      authSecret: LOCAL_DEFAULTS.AUTH_SECRET,
      authWechatFake: true,
      adminBootstrapPassword: 'admin-demo-2026',
      region: 'ap-east-1',
      uploadBucket: 'hotline-12345-test-uploads',
    });
    expect(e.dynamodbEndpoint).toBeUndefined();
    expect(e.s3Endpoint).toBeUndefined();
  });

  it('treats a missing STAGE as local only outside AWS Lambda', () => {
    expect(readEnv({}).stage).toBe('local');
    expect(readEnv({ AWS_LAMBDA_FUNCTION_NAME: 'f', IS_OFFLINE: 'true' }).stage).toBe('local');
    expect(() => readEnv({ AWS_LAMBDA_FUNCTION_NAME: 'f' })).toThrow(/STAGE/);
  });

  it.each(['AUTH_SECRET', 'PII_KEY', 'TABLE_NAME', 'UPLOAD_BUCKET'])('fails loudly naming %s when a deployed stage lacks it', (name) => {
    const src: Record<string, string | undefined> = { ...deployed, [name]: undefined };
    expect(() => readEnv(src)).toThrow(ConfigError);
    expect(() => readEnv(src)).toThrow(new RegExp(`${name} is required for stage "prod"`));
  });

  it('rejects a short AUTH_SECRET and a malformed PII_KEY in deployed stages', () => {
    expect(() => readEnv({ ...deployed, AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET must be at least 32/);
    expect(() => readEnv({ ...deployed, PII_KEY: 'abc' })).toThrow(/PII_KEY must be 32 bytes/);
  });

  it('never honours AUTH_WECHAT_FAKE outside local/test', () => {
    expect(readEnv({ ...deployed, AUTH_WECHAT_FAKE: '1' }).authWechatFake).toBe(false);
    expect(readEnv({ STAGE: 'local', AUTH_WECHAT_FAKE: '0' }).authWechatFake).toBe(false);
  });

  it('has no bootstrap password default in deployed stages', () => {
    expect(readEnv(deployed).adminBootstrapPassword).toBeUndefined();
  });

  it('rejects a DYNAMODB_ENDPOINT that is not a URL', () => {
    expect(() => readEnv({ STAGE: 'local', DYNAMODB_ENDPOINT: 'localhost:8000' })).toThrow(/DYNAMODB_ENDPOINT/);
  });

  it('rejects an S3_ENDPOINT that is not a URL', () => {
    expect(() => readEnv({ STAGE: 'local', S3_ENDPOINT: '127.0.0.1:4569' })).toThrow(/S3_ENDPOINT/);
    expect(readEnv({ STAGE: 'local', S3_ENDPOINT: 'http://127.0.0.1:4569' }).s3Endpoint).toBe('http://127.0.0.1:4569');
  });
});
