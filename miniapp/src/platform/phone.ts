/**
 * Phone-call adapter (wx.makePhoneCall; `tel:` in H5). Cancelling the system dialog rejects in weapp;
 * that is the user's choice, not an error, so it resolves to `false`.
 */
import Taro from '@tarojs/taro';

export async function makePhoneCall(phoneNumber: string): Promise<boolean> {
  try {
    await Taro.makePhoneCall({ phoneNumber });
    return true;
  } catch {
    return false;
  }
}
