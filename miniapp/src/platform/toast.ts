/**
 * Toast adapter. WeChat cuts `title` at 7 Chinese characters when an icon is shown, so messages longer than that
 * are shown without an icon (the text, not a colour or symbol, carries the meaning).
 */
import Taro from '@tarojs/taro';

export type ToastKind = 'success' | 'error' | 'info';

const ICON_MAX_CHARS = 7;

export function showToast(message: string, kind: ToastKind = 'info'): void {
  const withIcon = kind === 'success' && message.length <= ICON_MAX_CHARS;
  void Taro.showToast({
    title: message,
    icon: withIcon ? 'success' : 'none',
    // Long enough to read slowly (elderly users); WeChat's default is 1.5 s.
    duration: 3000,
  }).catch(() => undefined);
}
