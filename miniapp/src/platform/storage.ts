/**
 * Key-value storage adapter (wx.setStorageSync / localStorage in H5). Values are JSON-serialisable.
 * Reads never throw: a missing or unreadable key is `undefined`, because a broken cache must not block a page.
 */
import Taro from '@tarojs/taro';

export function getItem<T>(key: string): T | undefined {
  try {
    const value = Taro.getStorageSync(key) as T | '' | undefined | null;
    // Both platforms return '' for a missing key.
    return value === '' || value === undefined || value === null ? undefined : (value as T);
  } catch {
    return undefined;
  }
}

export function setItem<T>(key: string, value: T): void {
  Taro.setStorageSync(key, value);
}

export function removeItem(key: string): void {
  Taro.removeStorageSync(key);
}
