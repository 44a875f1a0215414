/**
 * Jest stand-in for `@tarojs/taro` (mapped in the root jest.config.js `miniapp` project).
 *
 * Platform APIs are jest.fn()s with harmless defaults so a test can override them with mockResolvedValueOnce etc.
 * `request` has no default reply on purpose: a test that forgets to mock the network fails loudly.
 * Prefer mocking the adapters in src/platform/ in page tests; use these only to test the adapters themselves.
 * Lifecycle hooks: useLoad and useReady run once after mount (useEffect); useDidShow/useDidHide/usePullDownRefresh are no-ops.
 */
import { useEffect } from 'react';

type Callback = (...args: any[]) => unknown;

export const ENV_TYPE = {
  WEAPP: 'WEAPP',
  SWAN: 'SWAN',
  ALIPAY: 'ALIPAY',
  TT: 'TT',
  QQ: 'QQ',
  JD: 'JD',
  WEB: 'WEB',
  RN: 'RN',
  HARMONY: 'HARMONY',
  QUICKAPP: 'QUICKAPP',
  HARMONYHYBRID: 'HARMONYHYBRID',
} as const;

/** Tests run as H5 by default; `getEnv.mockReturnValue(ENV_TYPE.WEAPP)` to test weapp-only paths. */
export const getEnv = jest.fn((): string => ENV_TYPE.WEB);

const ok = (api: string) => ({ errMsg: `${api}:ok` });

// ---- network ----
export const request = jest.fn(async (options: { url?: string }): Promise<any> => {
  throw new Error(`Taro.request stub: no mock for ${options?.url ?? '(no url)'}; mock src/platform/request or Taro.request`);
});

// ---- storage (in memory; clearStorageSync() resets it) ----
const memory = new Map<string, unknown>();
export const getStorageSync = jest.fn((key: string): any => (memory.has(key) ? memory.get(key) : ''));
export const setStorageSync = jest.fn((key: string, data: unknown): void => {
  memory.set(key, data);
});
export const removeStorageSync = jest.fn((key: string): void => {
  memory.delete(key);
});
export const clearStorageSync = jest.fn((): void => {
  memory.clear();
});

// ---- UI ----
export const showToast = jest.fn(async (_options?: unknown) => ok('showToast'));
export const hideToast = jest.fn(async () => ok('hideToast'));
export const showLoading = jest.fn(async (_options?: unknown) => ok('showLoading'));
export const hideLoading = jest.fn(async () => ok('hideLoading'));
export const showModal = jest.fn(async (_options?: unknown) => ({ ...ok('showModal'), confirm: true, cancel: false }));
export const stopPullDownRefresh = jest.fn(async () => ok('stopPullDownRefresh'));
export const setNavigationBarTitle = jest.fn(async (_options?: unknown) => ok('setNavigationBarTitle'));

// ---- device / account ----
export const makePhoneCall = jest.fn(async (_options: { phoneNumber: string }) => ok('makePhoneCall'));
export const login = jest.fn(async () => ({ ...ok('login'), code: 'stub-code' }));
export const requestSubscribeMessage = jest.fn(async (_options?: unknown) => ok('requestSubscribeMessage'));
export const chooseImage = jest.fn(async (_options?: unknown) => ({ ...ok('chooseImage'), tempFilePaths: [], tempFiles: [] }));
export const getLocation = jest.fn(async (_options?: unknown) => ({ ...ok('getLocation'), latitude: 23.13, longitude: 113.26 }));

// ---- navigation ----
export const navigateTo = jest.fn(async (_options: { url: string }) => ok('navigateTo'));
export const redirectTo = jest.fn(async (_options: { url: string }) => ok('redirectTo'));
export const reLaunch = jest.fn(async (_options: { url: string }) => ok('reLaunch'));
export const switchTab = jest.fn(async (_options: { url: string }) => ok('switchTab'));
export const navigateBack = jest.fn(async (_options?: { delta?: number }) => ok('navigateBack'));

// ---- router / instance ----
let routerParams: Record<string, string> = {};
/** Test helper (not a Taro API): set the params that useRouter/getCurrentInstance/useLoad report. */
export function __setRouterParams(params: Record<string, string>): void {
  routerParams = params;
}
export const getCurrentInstance = () => ({ router: { params: routerParams, path: '' }, page: null, app: null });
export const useRouter = () => ({ params: routerParams, path: '' });

// ---- lifecycle hooks ----
export function useLoad(cb: Callback): void {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void cb(routerParams), []);
}
export function useReady(cb: Callback): void {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => void cb(), []);
}
export function useLaunch(_cb: Callback): void {}
export function useDidShow(_cb: Callback): void {}
export function useDidHide(_cb: Callback): void {}
export function usePullDownRefresh(_cb: Callback): void {}
export function useReachBottom(_cb: Callback): void {}
export function useUnload(_cb: Callback): void {}
export function useShareAppMessage(_cb: Callback): void {}

const Taro = {
  ENV_TYPE,
  getEnv,
  request,
  getStorageSync,
  setStorageSync,
  removeStorageSync,
  clearStorageSync,
  showToast,
  hideToast,
  showLoading,
  hideLoading,
  showModal,
  stopPullDownRefresh,
  setNavigationBarTitle,
  makePhoneCall,
  login,
  requestSubscribeMessage,
  chooseImage,
  getLocation,
  navigateTo,
  redirectTo,
  reLaunch,
  switchTab,
  navigateBack,
  getCurrentInstance,
  useRouter,
  useLoad,
  useReady,
  useLaunch,
  useDidShow,
  useDidHide,
  usePullDownRefresh,
  useReachBottom,
  useUnload,
  useShareAppMessage,
};

export default Taro;
