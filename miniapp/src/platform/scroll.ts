/**
 * Scroll-into-view adapter: brings an element's top to the top of the screen (weapp `wx.pageScrollTo({selector})`;
 * in H5 the element's own `scrollIntoView`, since Taro's H5 page scroller is not always the window).
 * Best effort: a platform without it leaves the page where it is.
 */
import Taro from '@tarojs/taro';

export function scrollIntoView(selector: string): void {
  try {
    if (Taro.getEnv() === Taro.ENV_TYPE.WEB) {
      document.querySelector(selector)?.scrollIntoView?.({ block: 'start' });
      return;
    }
    void Taro.pageScrollTo?.({ selector, duration: 0 })?.catch?.(() => undefined);
  } catch {
    // Not fatal: the advice is still on the page.
  }
}
