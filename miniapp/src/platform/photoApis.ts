/**
 * Taro's image picker and photo viewer on their own, so that the H5 build loads them on first use (platform/photos.ts).
 * In H5 they bring Swiper and its modules (the viewer), device detection and the action sheet: ~200 KiB of minified
 * JavaScript that the submit form, the matter page and the staff workbench otherwise had to load before rendering.
 * The mini-program has both natively and calls Taro directly.
 */
import Taro from '@tarojs/taro';

export const chooseImage = (option: Taro.chooseImage.Option) => Taro.chooseImage(option);

export const previewImage = (option: Taro.previewImage.Option) => Taro.previewImage(option);
