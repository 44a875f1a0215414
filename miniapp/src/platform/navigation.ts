/**
 * Navigation adapter. URLs are absolute page paths, e.g. `/staff/pages/login/index`.
 */
import Taro from '@tarojs/taro';

export const ROUTES = {
  home: '/pages/index/index',
  staffLogin: '/staff/pages/login/index',
} as const;

export async function navigateTo(url: string): Promise<void> {
  await Taro.navigateTo({ url });
}
