/**
 * WeChat sign-in adapter: obtains the one-time `code` that POST /v1/auth/wechat exchanges for a token.
 * In H5 Taro.login resolves `{errMsg: "暂时不支持 API"}` without a code, so this returns null there and the
 * H5 build needs its own sign-in path (local/test only: `test:<openid>` codes with AUTH_WECHAT_FAKE=1).
 */
import Taro from '@tarojs/taro';

export function isWeapp(): boolean {
  return Taro.getEnv() === Taro.ENV_TYPE.WEAPP;
}

export async function getWechatLoginCode(): Promise<string | null> {
  if (!isWeapp()) return null;
  try {
    const res = await Taro.login();
    return res.code ? res.code : null;
  } catch {
    return null;
  }
}
