/**
 * Map location picker adapter (wx.chooseLocation). Location is optional on a submission, so nothing here throws:
 * - `ok`: a place was chosen;
 * - `cancelled`: the user closed the map (say nothing);
 * - `unavailable`: the platform cannot pick (H5 without a map key, permission refused, app.json missing
 *   `requiredPrivateInfos: ['chooseLocation']`); the page says so gently and the user types the address instead.
 */
import Taro from '@tarojs/taro';

export type ChosenLocation =
  | { status: 'ok'; lat: number; lng: number; name: string; address: string }
  | { status: 'cancelled' }
  | { status: 'unavailable' };

export async function chooseLocation(): Promise<ChosenLocation> {
  try {
    const res = await Taro.chooseLocation({});
    if (typeof res?.latitude !== 'number' || typeof res?.longitude !== 'number') return { status: 'unavailable' };
    return { status: 'ok', lat: res.latitude, lng: res.longitude, name: res.name ?? '', address: res.address ?? '' };
  } catch (err) {
    const msg = err && typeof err === 'object' ? String((err as { errMsg?: unknown }).errMsg ?? '') : '';
    return /cancel/i.test(msg) ? { status: 'cancelled' } : { status: 'unavailable' };
  }
}
