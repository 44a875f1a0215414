// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// This file must stay in miniapp/: Taro's webpack build and the root jest `miniapp` project (explicit configFile) both read it.
/** Browsers the H5 build supports: 2020 and later (Chrome/Android WebView 80, Safari/iOS 13.4, Firefox 78). */
const H5_TARGETS = 'chrome >= 80, safari >= 13.1, ios_saf >= 13.4, firefox >= 78, edge >= 80';

module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        // H5: browsers with native ES2019 (async/await, classes, spread, optional catch binding), so our code ships
        // as written instead of transpiled to ES5 with regenerator and helpers (babel-preset-taro's default is
        // iOS 9 / Android 5). The mini-program keeps that default: WeChat's compiler expects ES5 from Taro.
        // Jest (NODE_ENV=test) keeps the preset's own `node: current`.
        ...(process.env.TARO_ENV === 'h5' && process.env.NODE_ENV !== 'test' ? { targets: H5_TARGETS } : {}),
      },
    ],
  ],
};
