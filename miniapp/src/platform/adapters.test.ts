/**
 * The citizen-side adapters against the @tarojs/taro stub. APIs the shared stub does not define
 * (chooseLocation, setClipboardData, getCurrentPages) are added to it here for these tests only.
 */
import Taro from '@tarojs/taro';
import { copyText } from './clipboard';
import { now } from './clock';
import { chooseLocation } from './location';
import { goBack, ROUTES, withQuery } from './navigation';
import { requestSubscription } from './subscribe';

const stub = Taro as unknown as Record<string, jest.Mock>;
const extra = Taro as unknown as Record<string, unknown>;

beforeEach(() => {
  jest.clearAllMocks();
  extra.chooseLocation = jest.fn();
  extra.setClipboardData = jest.fn(async () => ({ errMsg: 'setClipboardData:ok' }));
  extra.getCurrentPages = jest.fn(() => [{}, {}]);
});

describe('clock', () => {
  it('reads the wall clock', () => {
    const before = Date.now();
    expect(now()).toBeGreaterThanOrEqual(before);
  });
});

describe('clipboard', () => {
  it('copies and reports failure as false', async () => {
    await expect(copyText('GZ2611160007')).resolves.toBe(true);
    expect(extra.setClipboardData).toHaveBeenCalledWith({ data: 'GZ2611160007' });
    (extra.setClipboardData as jest.Mock).mockRejectedValueOnce({ errMsg: 'setClipboardData:fail' });
    await expect(copyText('x')).resolves.toBe(false);
  });
});

describe('location', () => {
  it('returns the chosen place', async () => {
    (extra.chooseLocation as jest.Mock).mockResolvedValueOnce({ latitude: 23.13, longitude: 113.33, name: '天河公园', address: '广州市天河区' });
    await expect(chooseLocation()).resolves.toEqual({ status: 'ok', lat: 23.13, lng: 113.33, name: '天河公园', address: '广州市天河区' });
  });

  it('tells a cancelled map from an unavailable one', async () => {
    (extra.chooseLocation as jest.Mock).mockRejectedValueOnce({ errMsg: 'chooseLocation:fail cancel' });
    await expect(chooseLocation()).resolves.toEqual({ status: 'cancelled' });
    (extra.chooseLocation as jest.Mock).mockRejectedValueOnce({ errMsg: 'chooseLocation:fail the api need to be declared in the requiredPrivateInfos field' });
    await expect(chooseLocation()).resolves.toEqual({ status: 'unavailable' });
    (extra.chooseLocation as jest.Mock).mockRejectedValueOnce(new Error('not supported'));
    await expect(chooseLocation()).resolves.toEqual({ status: 'unavailable' });
  });
});

describe('subscribe', () => {
  it('is skipped outside WeChat', async () => {
    await expect(requestSubscription(['tpl'])).resolves.toBe(false);
    expect(stub.requestSubscribeMessage).not.toHaveBeenCalled();
  });

  it('asks in WeChat and never throws', async () => {
    stub.getEnv.mockReturnValue(Taro.ENV_TYPE.WEAPP);
    stub.requestSubscribeMessage.mockResolvedValueOnce({ errMsg: 'requestSubscribeMessage:ok', tpl: 'accept' });
    await expect(requestSubscription(['tpl'])).resolves.toBe(true);
    expect(stub.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tpl'] });
    stub.requestSubscribeMessage.mockRejectedValueOnce({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' });
    await expect(requestSubscription(['tpl'])).resolves.toBe(false);
    stub.getEnv.mockReturnValue(Taro.ENV_TYPE.WEB);
  });
});

describe('navigation', () => {
  it('builds query strings', () => {
    expect(withQuery(ROUTES.matter, { id: 'm 1', x: undefined })).toBe('/pages/matter/index?id=m%201');
    expect(withQuery(ROUTES.matters, {})).toBe('/pages/matters/index');
  });

  it('goes back when there is a page to go back to, else home', async () => {
    await goBack();
    expect(stub.navigateBack).toHaveBeenCalledWith({ delta: 1 });
    (extra.getCurrentPages as jest.Mock).mockReturnValueOnce([{}]);
    await goBack();
    expect(stub.reLaunch).toHaveBeenCalledWith({ url: ROUTES.home });
  });
});
