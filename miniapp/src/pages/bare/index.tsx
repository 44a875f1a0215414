/**
 * A bare Taro 4 + React page: the baseline `npm run bench:fcp` compares the home page's first paint with. Built only
 * with HOTLINE_BARE_APP=1 (src/app.config.ts), never part of the mini-program.
 */
import { View } from '@tarojs/components';

export default function Bare() {
  return <View data-testid='bare'>12345 政务服务便民热线</View>;
}
