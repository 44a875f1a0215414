/**
 * The two outside channels behind one shape. Each send ends in an outcome, or throws TransientError (retried later
 * with backoff by the outbox):
 *   sent           delivered to the provider
 *   refused        WeChat 43101 (not subscribed / refused) or 40003 (unknown openid): use SMS instead, never retry
 *   undeliverable  the number cannot receive SMS (wrong number, blacklisted): recorded, never retried
 *   misconfigured  template or signature rejected (40037, 47003, Tencent template/signature/auth errors): retrying
 *                  cannot help, so the item is parked for the centre at once
 */
import type { Client as SmsClient } from 'tencentcloud-sdk-nodejs-sms/tencentcloud/services/sms/v20210111/sms_client';
import type { NotifyConfig, SmsKind, MessageKind } from './config';
import { TransientError, type TokenSource } from './wechatToken';

export type SendOutcome = { status: 'sent' | 'refused' | 'undeliverable' | 'misconfigured'; detail: string };

export interface WeChatSender {
  send(m: { openid: string; kind: MessageKind; page: string; data: Record<string, { value: string }> }, now: number): Promise<SendOutcome>;
}
export interface SmsSender {
  send(m: { phone: string; kind: SmsKind; params: string[] }): Promise<SendOutcome>;
}

export function createWeChatSender(cfg: NotifyConfig['wechat'], tokens: TokenSource, o: { timeoutMs?: number } = {}): WeChatSender {
  async function call(token: string, body: unknown): Promise<{ errcode?: number; errmsg?: string; msgid?: number }> {
    let res: Response;
    try {
      res = await fetch(`${cfg.apiBase}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(o.timeoutMs ?? 5_000),
      });
    } catch (e) {
      throw new TransientError(`subscribe/send unreachable: ${(e as Error).message}`);
    }
    if (!res.ok) throw new TransientError(`subscribe/send HTTP ${res.status}`);
    return (await res.json()) as { errcode?: number; errmsg?: string; msgid?: number };
  }
  return {
    async send(m, now) {
      const body = { touser: m.openid, template_id: cfg.templates[m.kind], page: m.page, data: m.data, miniprogram_state: cfg.miniprogramState, lang: 'zh_CN' };
      // 40001/42001: the token was replaced or expired; refresh once and retry once.
      for (let attempt = 0; ; attempt++) {
        const token = await tokens.get(now);
        const r = await call(token, body);
        const code = Number(r.errcode ?? 0);
        if (code === 0) return { status: 'sent', detail: `wechat msgid ${r.msgid ?? '?'} (${m.kind})` };
        if ((code === 40001 || code === 42001) && attempt === 0) {
          await tokens.invalidate(token);
          continue;
        }
        const detail = `wechat errcode ${code}: ${r.errmsg ?? ''}`.slice(0, 200);
        if (code === 43101 || code === 40003) return { status: 'refused', detail };
        if (code === 40037 || code === 47003 || code === 41030) return { status: 'misconfigured', detail };
        // 45009 (daily quota), -1 (busy), a second 40001/42001, anything unknown: back off and retry later.
        throw new TransientError(detail);
      }
    },
  };
}

/** Tencent Cloud error codes that retrying cannot fix (SendSms 错误码). */
const SMS_MISCONFIGURED = /^(AuthFailure|FailedOperation\.(TemplateIncorrectOrUnapproved|SignatureIncorrectOrUnapproved|MissingTemplateToModify|MissingSignature)|InvalidParameterValue\.(TemplateParameterFormatError|TemplateParameterLengthLimit|ProhibitedUseUrlInTemplateParameter)|UnauthorizedOperation)/;
const SMS_UNDELIVERABLE = /^(InvalidParameterValue\.IncorrectPhoneNumber|FailedOperation\.PhoneNumberInBlacklist|FailedOperation\.PhoneNumberOnBlacklist|UnsupportedOperation\.ChineseMainlandTemplateToGlobalPhone|LimitExceeded\.DeliveryFrequencyLimit)/;

/** Mainland numbers in E.164, as SendSms wants them: 13812345678 → +8613812345678. */
export const e164 = (phone: string): string => (phone.startsWith('+') ? phone : `+86${phone.replace(/^0086|^86(?=1\d{10}$)/, '')}`);

export function createSmsSender(cfg: NotifyConfig['sms'], o: { timeoutSeconds?: number } = {}): SmsSender {
  // The SDK is loaded on the first SMS, not at cold start: most notify and sweep invocations send none (WeChat first).
  // Only the 2021-01-11 client, not the package index with the 2019 API as well.
  let client: Promise<SmsClient> | undefined;
  const smsClient = () =>
    (client ??= import('tencentcloud-sdk-nodejs-sms/tencentcloud/services/sms/v20210111/sms_client').then(
      ({ Client }) =>
        new Client({
          credential: { secretId: cfg.secretId, secretKey: cfg.secretKey },
          region: cfg.region,
          profile: { httpProfile: { endpoint: cfg.endpoint, protocol: cfg.protocol, reqTimeout: o.timeoutSeconds ?? 5 } },
        }),
    ));
  return {
    async send(m) {
      let r;
      try {
        r = await (await smsClient()).SendSms({ PhoneNumberSet: [e164(m.phone)], SmsSdkAppId: cfg.sdkAppId, SignName: cfg.signName, TemplateId: cfg.templates[m.kind], TemplateParamSet: m.params });
      } catch (e) {
        const code = String((e as { code?: string }).code ?? '');
        const detail = `sms ${code || 'error'}: ${(e as Error).message}`.slice(0, 200);
        if (SMS_MISCONFIGURED.test(code)) return { status: 'misconfigured', detail };
        if (SMS_UNDELIVERABLE.test(code)) return { status: 'undeliverable', detail };
        throw new TransientError(detail); // InternalError.*, LimitExceeded.*, RequestLimitExceeded, network, HTTP 5xx
      }
      const s = r.SendStatusSet?.[0];
      if (s?.Code === 'Ok') return { status: 'sent', detail: `sms ${s.SerialNo} (${m.kind})` };
      const code = s?.Code ?? 'no status';
      const detail = `sms ${code}: ${s?.Message ?? ''}`.slice(0, 200);
      if (SMS_UNDELIVERABLE.test(code)) return { status: 'undeliverable', detail };
      if (SMS_MISCONFIGURED.test(code)) return { status: 'misconfigured', detail };
      throw new TransientError(detail);
    },
  };
}
