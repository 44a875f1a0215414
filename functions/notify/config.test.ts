import { ConfigError } from '../lib/env';
import { readNotifyConfig } from './config';

const deployed = {
  WECHAT_APPID: 'wx0123456789abcdef',
  WECHAT_SECRET: 's',
  WECHAT_TEMPLATES: JSON.stringify({ accepted: 'a', progress: 'b', deadline: 'c', result: 'd' }),
  SMS_SECRET_ID: 'AKID1',
  SMS_SECRET_KEY: 'k',
  SMS_SDK_APP_ID: '1400123456',
  SMS_SIGN_NAME: '某市12345',
  SMS_TEMPLATES: JSON.stringify({ accepted: '1', progress: '2', deadline: '3', result: '4', supervision: '5' }),
};

describe('notification settings (checked at cold start)', () => {
  it('local and test stages default to the loopback fakes; deployed stages to the real hosts', () => {
    expect(readNotifyConfig({}, 'local', true).wechat.apiBase).toBe('http://127.0.0.1:4590');
    const prod = readNotifyConfig(deployed, 'prod', false);
    expect(prod.wechat.apiBase).toBe('https://api.weixin.qq.com');
    expect(prod.sms).toMatchObject({ endpoint: 'sms.tencentcloudapi.com', protocol: 'https://' });
  });

  it.each([
    ['a missing template kind', { WECHAT_TEMPLATES: JSON.stringify({ accepted: 'a' }) }, /WECHAT_TEMPLATES.*"progress"/],
    ['unparsable templates', { SMS_TEMPLATES: '{accepted:1' }, /SMS_TEMPLATES must be a JSON object/],
    ['a missing secret', { WECHAT_SECRET: '' }, /WECHAT_SECRET is required/],
    ['a malformed SmsSdkAppId', { SMS_SDK_APP_ID: 'abc' }, /SMS_SDK_APP_ID/],
    ['a plain-http endpoint in a deployed stage', { SMS_ENDPOINT: 'http://sms.example.com' }, /https/],
    ['a non-URL endpoint', { WECHAT_API_BASE: 'api.weixin.qq.com' }, /WECHAT_API_BASE must be an http\(s\) URL/],
  ])('%s fails with a message naming the variable', (_name, over, message) => {
    expect(() => readNotifyConfig({ ...deployed, ...over }, 'prod', false)).toThrow(ConfigError);
    expect(() => readNotifyConfig({ ...deployed, ...over }, 'prod', false)).toThrow(message);
  });
});
