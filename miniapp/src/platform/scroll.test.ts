/** The scroll adapter against the @tarojs/taro stub (pageScrollTo is added here for this test only). */
import Taro from '@tarojs/taro';
import { scrollIntoView } from './scroll';

const stub = Taro as unknown as Record<string, jest.Mock>;
const extra = Taro as unknown as Record<string, unknown>;

describe('scrollIntoView', () => {
  afterEach(() => {
    stub.getEnv.mockReturnValue(Taro.ENV_TYPE.WEB);
    delete extra.pageScrollTo;
  });

  it('H5: scrolls the element itself to the top', () => {
    const el = document.createElement('div');
    el.id = 'target';
    el.scrollIntoView = jest.fn();
    document.body.appendChild(el);
    scrollIntoView('#target');
    expect(el.scrollIntoView).toHaveBeenCalledWith({ block: 'start' });
    el.remove();
  });

  it('WeChat: asks pageScrollTo for the selector, and a failure is not an error', async () => {
    stub.getEnv.mockReturnValue(Taro.ENV_TYPE.WEAPP);
    const pageScrollTo = jest.fn(async () => Promise.reject(new Error('fail')));
    extra.pageScrollTo = pageScrollTo;
    expect(() => scrollIntoView('#target')).not.toThrow();
    expect(pageScrollTo).toHaveBeenCalledWith({ selector: '#target', duration: 0 });
    delete extra.pageScrollTo;
    expect(() => scrollIntoView('#target')).not.toThrow();
  });
});
