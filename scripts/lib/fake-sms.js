/**
 * A local stand-in for Tencent Cloud SMS (API 3.0, sms.tencentcloudapi.com, version 2021-01-11), loopback only.
 * It implements the one call the SMS channel makes, SendSms, with the documented request, response and errors:
 *
 *   POST /  X-TC-Action: SendSms, X-TC-Version: 2021-01-11, Authorization: TC3-HMAC-SHA256 (signature checked)
 *        {PhoneNumberSet, SmsSdkAppId, SignName, TemplateId, TemplateParamSet}
 *     → {Response: {SendStatusSet: [{SerialNo, PhoneNumber, Fee, SessionContext, Code: 'Ok', Message, IsoCode}], RequestId}}
 *       per-number codes: InvalidParameterValue.IncorrectPhoneNumber, FailedOperation.PhoneNumberInBlacklist
 *     → {Response: {Error: {Code, Message}, RequestId}} for request errors: AuthFailure.SecretIdNotFound,
 *       AuthFailure.SignatureFailure, FailedOperation.TemplateIncorrectOrUnapproved,
 *       FailedOperation.SignatureIncorrectOrUnapproved, InvalidParameterValue.TemplateParameterFormatError,
 *       injected ones such as InternalError.Timeout or LimitExceeded.PhoneNumberDailyLimit
 *
 * Controls (not Tencent's): GET /__sent, GET /__stats, POST /__fail {code?, status?, times?}, POST /__down {on},
 * POST /__blacklist {phone}, POST /__reset.
 */
'use strict';

const http = require('node:http');
const crypto = require('node:crypto');

const sha256 = (s) => crypto.createHash('sha256').update(s).digest('hex');
const hmac = (key, s) => crypto.createHmac('sha256', key).update(s).digest();

/** TC3-HMAC-SHA256 as documented (签名方法 v3): the signature the SDK must have produced for this request. */
function expectedSignature({ method, contentType, host, body, timestamp, service, secretKey }) {
  const canonical = [method, '/', '', `content-type:${contentType}\nhost:${host}\n`, 'content-type;host', sha256(body)].join('\n');
  const date = new Date(Number(timestamp) * 1000).toISOString().slice(0, 10);
  const toSign = ['TC3-HMAC-SHA256', timestamp, `${date}/${service}/tc3_request`, sha256(canonical)].join('\n');
  const signing = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
  return crypto.createHmac('sha256', signing).update(toSign).digest('hex');
}

/**
 * @param {{port?: number, secretId?: string, secretKey?: string, sdkAppId?: string, signName?: string,
 *   templates?: Record<string, number>}} [o] templates: template id → number of parameters (default: any id, any count)
 */
async function startFakeSms(o = {}) {
  const secretId = o.secretId ?? 'AKIDlocalfake0000000000000000000000';
  const secretKey = o.secretKey ?? 'local-sms-secret-key';
  const sdkAppId = o.sdkAppId ?? '1400000000';
  const signName = o.signName ?? '12345热线';
  const state = { sent: [], calls: 0, failures: [], down: false, blacklist: new Set() };
  const reply = (res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const requestId = () => crypto.randomUUID();
  const error = (res, Code, Message) => reply(res, 200, { Response: { Error: { Code, Message }, RequestId: requestId() } });

  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body;
      try {
        body = JSON.parse(raw || '{}');
      } catch {
        return error(res, 'InvalidParameter', 'request body is not JSON');
      }
      const url = new URL(req.url, 'http://x');
      if (url.pathname === '/__sent') return reply(res, 200, state.sent);
      if (url.pathname === '/__stats') return reply(res, 200, { calls: state.calls, sent: state.sent.length });
      if (url.pathname === '/__fail') return state.failures.push({ times: 1, ...body }), reply(res, 200, { ok: true });
      if (url.pathname === '/__down') return (state.down = !!body.on), reply(res, 200, { ok: true });
      if (url.pathname === '/__blacklist') return state.blacklist.add(body.phone), reply(res, 200, { ok: true });
      if (url.pathname === '/__reset') return Object.assign(state, { sent: [], calls: 0, failures: [], down: false, blacklist: new Set() }), reply(res, 200, { ok: true });

      state.calls += 1;
      if (state.down) return reply(res, 503, { message: 'service unavailable' });
      const f = state.failures[0];
      if (f) {
        if (--f.times <= 0) state.failures.shift();
        return f.status ? reply(res, f.status, { message: 'injected' }) : error(res, f.code, 'injected failure');
      }
      if (req.method !== 'POST' || req.headers['x-tc-action'] !== 'SendSms') return error(res, 'InvalidAction', 'only SendSms is implemented');
      const auth = /^TC3-HMAC-SHA256 Credential=([^/]+)\/\d{4}-\d{2}-\d{2}\/([^/]+)\/tc3_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(req.headers.authorization ?? '');
      if (!auth || auth[1] !== secretId) return error(res, 'AuthFailure.SecretIdNotFound', 'The SecretId is not found');
      const want = expectedSignature({
        method: 'POST',
        contentType: req.headers['content-type'],
        host: String(req.headers.host).replace(/:\d+$/, ''),
        body: raw,
        timestamp: req.headers['x-tc-timestamp'],
        // The SDK names the service after the endpoint's first label (sms.tencentcloudapi.com → sms); on loopback that
        // label is "127", so the fake checks the signature over the scope the request declares.
        service: auth[2],
        secretKey,
      });
      if (want !== auth[4]) return error(res, 'AuthFailure.SignatureFailure', 'The provided credentials could not be validated');
      if (body.SmsSdkAppId !== sdkAppId) return error(res, 'FailedOperation.TemplateIncorrectOrUnapproved', 'SmsSdkAppId is wrong');
      if (body.SignName !== signName) return error(res, 'FailedOperation.SignatureIncorrectOrUnapproved', 'signature is not approved');
      const params = body.TemplateParamSet ?? [];
      if (o.templates && !(body.TemplateId in o.templates)) return error(res, 'FailedOperation.TemplateIncorrectOrUnapproved', 'template is not approved');
      if (o.templates && o.templates[body.TemplateId] !== params.length) return error(res, 'InvalidParameterValue.TemplateParameterFormatError', 'parameter count mismatch');
      if (!params.every((p) => typeof p === 'string')) return error(res, 'InvalidParameterValue.TemplateParameterFormatError', 'parameters must be strings');
      const SendStatusSet = (body.PhoneNumberSet ?? []).map((phone) => {
        const ok = /^\+861[3-9]\d{9}$/.test(phone);
        const Code = !ok ? 'InvalidParameterValue.IncorrectPhoneNumber' : state.blacklist.has(phone) ? 'FailedOperation.PhoneNumberInBlacklist' : 'Ok';
        const SerialNo = Code === 'Ok' ? `2028:${crypto.randomBytes(8).toString('hex')}` : '';
        if (Code === 'Ok') state.sent.push({ at: new Date().toISOString(), phone, templateId: body.TemplateId, params, signName: body.SignName, SerialNo });
        return { SerialNo, PhoneNumber: phone, Fee: Code === 'Ok' ? 1 : 0, SessionContext: body.SessionContext ?? '', Code, Message: Code === 'Ok' ? 'send success' : Code, IsoCode: 'CN' };
      });
      return reply(res, 200, { Response: { SendStatusSet, RequestId: requestId() } });
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', resolve);
  });
  const port = server.address().port;
  return {
    base: `http://127.0.0.1:${port}`,
    /** What the SDK's httpProfile.endpoint takes: host:port, no scheme. */
    endpoint: `127.0.0.1:${port}`,
    secretId,
    secretKey,
    sdkAppId,
    signName,
    state,
    close: () => new Promise((r) => (server.closeAllConnections?.(), server.close(() => r()))),
  };
}

module.exports = { startFakeSms };
