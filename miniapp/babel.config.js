// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// This file must stay in miniapp/: Taro's webpack build and the root jest `miniapp` project (explicit configFile) both read it.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
      },
    ],
  ],
};
