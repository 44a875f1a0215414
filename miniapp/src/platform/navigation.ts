/**
 * Navigation adapter. URLs are absolute page paths, e.g. `/staff/pages/login/index`.
 */
import Taro from '@tarojs/taro';

export const ROUTES = {
  home: '/pages/index/index',
  consent: '/pages/consent/index',
  submit: '/pages/submit/index',
  matters: '/pages/matters/index',
  matter: '/pages/matter/index',
  knowledge: '/pages/knowledge/index',
  claim: '/pages/claim/index',
  staffLogin: '/staff/pages/login/index',
} as const;

/** `/pages/matter/index` + {id: 'm1'} → `/pages/matter/index?id=m1`. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v as string)}`);
  return parts.length ? `${path}?${parts.join('&')}` : path;
}

export async function navigateTo(url: string): Promise<void> {
  await Taro.navigateTo({ url });
}

/** Replace the current page (it does not stay in the back stack). */
export async function redirectTo(url: string): Promise<void> {
  await Taro.redirectTo({ url });
}

/** Close every page and open `url` (used when there is nothing sensible to go back to). */
export async function reLaunch(url: string): Promise<void> {
  await Taro.reLaunch({ url });
}

/** Go back one page; when this page was opened directly (no history, e.g. an H5 link), go home instead. */
export async function goBack(): Promise<void> {
  let depth = 0;
  try {
    depth = Taro.getCurrentPages().length;
  } catch {
    depth = 0;
  }
  if (depth > 1) {
    try {
      await Taro.navigateBack({ delta: 1 });
      return;
    } catch {
      // fall through to home
    }
  }
  await reLaunch(ROUTES.home);
}
