/**
 * WeChat sign-in adapter: exchanges a wx.login code for the user's openid through code2Session.
 * With AUTH_WECHAT_FAKE=1 — honoured only when STAGE is local or test (docs/rules.md §5) — a code `test:<openid>` signs in
 * as that openid, so the H5 build and the tests can sign in without WeChat.
 */
import { DomainError } from '../../shared/domain/errors';

export interface WeChatAuth {
  code2Session(code: string): Promise<{ openid: string }>;
}

export function fakeAllowed(env: { STAGE?: string; AUTH_WECHAT_FAKE?: string }): boolean {
  return env.AUTH_WECHAT_FAKE === '1' && (env.STAGE === 'local' || env.STAGE === 'test');
}

export function createWeChatAuth(env: { STAGE?: string; AUTH_WECHAT_FAKE?: string; WECHAT_APPID?: string; WECHAT_SECRET?: string }, fetchImpl: typeof fetch = fetch): WeChatAuth {
  const fake = fakeAllowed(env);
  return {
    async code2Session(code) {
      if (code.startsWith('test:')) {
        const openid = code.slice(5);
        if (!fake) throw new DomainError('UNAUTHENTICATED', '测试登录仅在本地环境可用');
        if (!/^[A-Za-z0-9_-]{1,64}$/.test(openid)) throw new DomainError('VALIDATION_FAILED', '测试登录凭证格式不正确', [{ field: 'code', message: 'test:<openid>' }]);
        return { openid };
      }
      if (!env.WECHAT_APPID || !env.WECHAT_SECRET) throw new DomainError('UNAVAILABLE', '微信登录暂未配置，请稍后再试');
      const url = new URL('https://api.weixin.qq.com/sns/jscode2session');
      url.search = new URLSearchParams({ appid: env.WECHAT_APPID, secret: env.WECHAT_SECRET, js_code: code, grant_type: 'authorization_code' }).toString();
      let body: { openid?: string; errcode?: number };
      try {
        const res = await fetchImpl(url, { signal: AbortSignal.timeout(5000) });
        body = (await res.json()) as typeof body;
      } catch {
        throw new DomainError('UNAVAILABLE', '微信登录服务暂时不可用，请稍后再试');
      }
      if (!body.openid) throw new DomainError('UNAUTHENTICATED', '微信登录失败，请重新进入小程序');
      return { openid: body.openid };
    },
  };
}
