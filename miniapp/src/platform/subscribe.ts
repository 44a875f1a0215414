/**
 * Subscribe-message adapter (wx.requestSubscribeMessage): asks, on the user's tap, whether we may send progress
 * notifications. WeChat only allows it inside a tap handler, and refusals or errors (H5, template not configured,
 * "don't ask again") must never block a submission, so every failure resolves to false.
 */
import Taro from '@tarojs/taro';

/** Resolves true when the user accepted at least one of the templates. */
export async function requestSubscription(tmplIds: readonly string[]): Promise<boolean> {
  try {
    if (!tmplIds.length || Taro.getEnv() !== Taro.ENV_TYPE.WEAPP) return false;
    const option = { tmplIds: [...tmplIds] } as Taro.requestSubscribeMessage.Option;
    const res = (await Taro.requestSubscribeMessage(option)) as unknown as Record<string, unknown>;
    return tmplIds.some((id) => res?.[id] === 'accept');
  } catch {
    return false;
  }
}
