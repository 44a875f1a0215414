/**
 * Page lifecycle adapter: pages use these instead of Taro's hooks directly.
 * - usePullDownRefresh needs `enablePullDownRefresh: true` in the page's index.config.ts;
 * - stopPullDownRefresh ends the native spinner (safe to call when none is showing).
 */
import Taro, { useDidShow, usePullDownRefresh, useReachBottom, useRouter } from '@tarojs/taro';

export function useOnPullDownRefresh(cb: () => void): void {
  usePullDownRefresh(cb);
}

export function useOnReachBottom(cb: () => void): void {
  useReachBottom(cb);
}

/** Runs each time the page becomes visible again (after navigating back to it), not on the first show. */
export function useOnShow(cb: () => void): void {
  useDidShow(cb);
}

/** Query parameters of the current page (`/pages/matter/index?id=…` → {id}). */
export function useRouteParams(): Record<string, string | undefined> {
  return useRouter().params ?? {};
}

export function stopPullDownRefresh(): void {
  try {
    void Promise.resolve(Taro.stopPullDownRefresh()).catch(() => undefined);
  } catch {
    // not refreshing / not supported: nothing to stop
  }
}
