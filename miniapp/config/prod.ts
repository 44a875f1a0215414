import type { UserConfigExport } from '@tarojs/cli';

/** `taro build` (NODE_ENV=production): minified output; nothing to override yet. */
export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>;
