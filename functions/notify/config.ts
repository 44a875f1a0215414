/**
 * Notification channel settings, read once per process and validated up front: a missing or malformed template or
 * provider setting fails the function at cold start with a message naming the variable, never at the first send.
 *
 * Local and test stages default to the loopback fakes (scripts/lib/fake-wechat.js, scripts/lib/fake-sms.js, started
 * by `npm start` and the tests); deployed stages default to the real hosts and must set every credential.
 */
import { ConfigError } from '../lib/env';

/** Message kinds, each one subscribe-message template and one SMS template (README "Notifications"). */
export const MESSAGE_KINDS = ['accepted', 'progress', 'deadline', 'result'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];
/** SMS only: supervision (督办/督查) to a unit's liaison phone. */
export const SMS_KINDS = [...MESSAGE_KINDS, 'supervision'] as const;
export type SmsKind = (typeof SMS_KINDS)[number];

export interface NotifyConfig {
  wechat: { apiBase: string; appId: string; secret: string; templates: Record<MessageKind, string>; miniprogramState: 'developer' | 'trial' | 'formal' };
  sms: { endpoint: string; protocol: 'http://' | 'https://'; region: string; secretId: string; secretKey: string; sdkAppId: string; signName: string; templates: Record<SmsKind, string> };
}

type Source = Record<string, string | undefined>;

export const LOCAL_FAKE_PORTS = { wechat: 4590, sms: 4591 } as const;

/** What the fakes accept by default (scripts/lib/fake-*.js); local and test stages only. */
const LOCAL: Record<string, string> = {
  WECHAT_API_BASE: `http://127.0.0.1:${LOCAL_FAKE_PORTS.wechat}`,
  WECHAT_APPID: 'wx0000000000000000',
  WECHAT_SECRET: 'local-wechat-secret',
  WECHAT_TEMPLATES: JSON.stringify({ accepted: 'tmpl-accepted', progress: 'tmpl-progress', deadline: 'tmpl-deadline', result: 'tmpl-result' }),
  WECHAT_MINIPROGRAM_STATE: 'developer',
  SMS_ENDPOINT: `http://127.0.0.1:${LOCAL_FAKE_PORTS.sms}`,
  SMS_REGION: 'ap-guangzhou',
  SMS_SECRET_ID: 'AKIDlocalfake0000000000000000000000',
  SMS_SECRET_KEY: 'local-sms-secret-key',
  SMS_SDK_APP_ID: '1400000000',
  SMS_SIGN_NAME: '12345热线',
  SMS_TEMPLATES: JSON.stringify({ accepted: '100001', progress: '100002', deadline: '100003', result: '100004', supervision: '100005' }),
};
const DEPLOYED: Record<string, string> = {
  WECHAT_API_BASE: 'https://api.weixin.qq.com',
  WECHAT_MINIPROGRAM_STATE: 'formal',
  SMS_ENDPOINT: 'https://sms.tencentcloudapi.com',
  SMS_REGION: 'ap-guangzhou',
};

function templates<K extends string>(name: string, raw: string, kinds: readonly K[], idPattern: RegExp): Record<K, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(`Environment variable ${name} must be a JSON object of template ids (${kinds.join(', ')}), got unparsable text.`);
  }
  if (!parsed || typeof parsed !== 'object') throw new ConfigError(`Environment variable ${name} must be a JSON object.`);
  const out = {} as Record<K, string>;
  for (const k of kinds) {
    const v = (parsed as Record<string, unknown>)[k];
    if (typeof v !== 'string' || !idPattern.test(v)) throw new ConfigError(`Environment variable ${name} has no valid template id for "${k}" (expected ${idPattern}).`);
    out[k] = v;
  }
  return out;
}

export function readNotifyConfig(src: Source, stage: string, isLocal: boolean): NotifyConfig {
  const defaults = isLocal ? LOCAL : DEPLOYED;
  const get = (name: string): string => {
    const v = src[name]?.trim() || defaults[name];
    if (!v) throw new ConfigError(`Environment variable ${name} is required for stage "${stage}" (notifications) but is not set.`);
    return v;
  };
  const url = (name: string): URL => {
    const v = get(name);
    try {
      const u = new URL(v);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u;
    } catch {
      /* below */
    }
    throw new ConfigError(`Environment variable ${name} must be an http(s) URL, got "${v}".`);
  };
  const wechatBase = url('WECHAT_API_BASE');
  const smsUrl = url('SMS_ENDPOINT');
  if (!isLocal && (wechatBase.protocol !== 'https:' || smsUrl.protocol !== 'https:')) {
    throw new ConfigError('WECHAT_API_BASE and SMS_ENDPOINT must use https in a deployed stage.');
  }
  const state = get('WECHAT_MINIPROGRAM_STATE');
  if (state !== 'developer' && state !== 'trial' && state !== 'formal') {
    throw new ConfigError(`Environment variable WECHAT_MINIPROGRAM_STATE must be developer, trial or formal, got "${state}".`);
  }
  const appId = get('WECHAT_APPID');
  if (!/^wx[0-9a-f]{16}$/.test(appId)) throw new ConfigError(`Environment variable WECHAT_APPID must look like wx + 16 hex digits, got "${appId}".`);
  const sdkAppId = get('SMS_SDK_APP_ID');
  if (!/^14\d{8}$/.test(sdkAppId)) throw new ConfigError(`Environment variable SMS_SDK_APP_ID must be the 10-digit SmsSdkAppId (14…), got "${sdkAppId}".`);
  return {
    wechat: {
      apiBase: wechatBase.origin,
      appId,
      secret: get('WECHAT_SECRET'),
      templates: templates('WECHAT_TEMPLATES', get('WECHAT_TEMPLATES'), MESSAGE_KINDS, /^[A-Za-z0-9_-]{1,64}$/),
      miniprogramState: state,
    },
    sms: {
      // The Tencent Cloud SDK takes host[:port] and the scheme separately (profile.httpProfile).
      endpoint: smsUrl.host,
      protocol: smsUrl.protocol === 'http:' ? 'http://' : 'https://',
      region: get('SMS_REGION'),
      secretId: get('SMS_SECRET_ID'),
      secretKey: get('SMS_SECRET_KEY'),
      sdkAppId,
      signName: get('SMS_SIGN_NAME'),
      templates: templates('SMS_TEMPLATES', get('SMS_TEMPLATES'), SMS_KINDS, /^\d{1,12}$/),
    },
  };
}
