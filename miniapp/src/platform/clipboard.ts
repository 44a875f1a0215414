/**
 * Clipboard adapter (wx.setClipboardData; H5 uses the browser clipboard). Resolves false when copying failed
 * (e.g. an H5 page without clipboard permission); the page then tells the user to note the number down.
 */
import Taro from '@tarojs/taro';

export async function copyText(data: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data });
    return true;
  } catch {
    return false;
  }
}
