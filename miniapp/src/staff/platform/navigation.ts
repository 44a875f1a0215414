/**
 * Staff navigation and page lifecycle, composed from the shared adapters in src/platform (navigation, lifecycle):
 * no Taro call here. Staff pages import these, and their tests mock this module.
 */
import { stopPullDownRefresh, useOnPullDownRefresh, useOnReachBottom, useOnShow, useRouteParams as useSharedRouteParams } from '../../platform/lifecycle';
import { goBack, navigateTo, reLaunch, redirectTo, withQuery } from '../../platform/navigation';

export const STAFF_ROUTES = {
  login: '/staff/pages/login/index',
  queue: '/staff/pages/queue/index',
  matter: '/staff/pages/matter/index',
  // Here rather than beside the registration code, so the queue's link does not pull that code (and its schemas) in.
  register: '/staff/pages/register/index',
} as const;

/** Opened from the queue: `from=queue` tells the matter page that "back" returns there. */
export const matterUrl = (id: string): string => withQuery(STAFF_ROUTES.matter, { id, from: 'queue' });

/** Query parameters of the current page (`?id=` …), decoded. */
export function useRouteParams(): Record<string, string> {
  const params = useSharedRouteParams();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== 'string') continue;
    try {
      out[k] = decodeURIComponent(v);
    } catch {
      out[k] = v;
    }
  }
  return out;
}

/** Open a page on top of the current one (back returns here). */
export async function openPage(url: string): Promise<void> {
  await navigateTo(url);
}

/** Replace the current page (sign-in → queue, sign-out → sign-in: back must not return to it). */
export async function replacePage(url: string): Promise<void> {
  try {
    await redirectTo(url);
  } catch {
    await reLaunch(url);
  }
}

/** Back to the queue: the previous page when the matter was opened from it, else the queue replaces this page. */
export async function backToQueue(openedFromQueue: boolean): Promise<void> {
  if (openedFromQueue) await goBack();
  else await replacePage(STAFF_ROUTES.queue);
}

/** Pull-down refresh (needs `enablePullDownRefresh: true` in the page config); the spinner stops when `cb` settles. */
export function usePullDownRefresh(cb: () => Promise<unknown> | void): void {
  useOnPullDownRefresh(() => {
    void Promise.resolve()
      .then(cb)
      .catch(() => undefined)
      .finally(stopPullDownRefresh);
  });
}

/** The page is shown (again). Callers decide whether the first show matters. */
export function usePageShow(cb: () => void): void {
  useOnShow(cb);
}

/** Scrolled to the bottom of the page. */
export function useReachBottom(cb: () => void): void {
  useOnReachBottom(cb);
}
