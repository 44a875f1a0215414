/**
 * Two jest projects, one jest major (29) for the whole repo:
 * - backend: shared/ domain code, Lambda handlers, persistence and end-to-end tests (node, ts-jest).
 * - miniapp: Taro page/component tests (jsdom, babel-jest with the mini-program's own babel config,
 *   @tarojs/* mapped to small stubs in miniapp/test/stubs).
 * - browser: tests/browser/*.browser.test.ts, Debian's Chromium through playwright-core against ONE local stack per
 *   run (its globalSetup starts it, with the run's DynamoDB Local, only when a browser file is selected; see
 *   tests/browser/support/stack.ts). Listed first so that its teardown stops the stack before DynamoDB Local stops.
 *   Its files run one at a time on any machine (support/serialRunner.js): they share that stack and its queue.
 */
const path = require('path');

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      displayName: 'browser',
      testEnvironment: 'node',
      roots: ['<rootDir>/tests/browser'],
      testMatch: ['**/*.browser.test.ts'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }] },
      globalSetup: '<rootDir>/tests/browser/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/browser/support/globalTeardown.ts',
      runner: '<rootDir>/tests/browser/support/serialRunner.js',
    },
    {
      displayName: 'backend',
      testEnvironment: 'node',
      roots: ['<rootDir>/shared', '<rootDir>/functions', '<rootDir>/tests'],
      testMatch: ['**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/browser/'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }] },
      globalSetup: '<rootDir>/tests/support/globalSetup.ts',
      globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
    },
    {
      displayName: 'miniapp',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/miniapp/src', '<rootDir>/miniapp/test'],
      testMatch: ['**/*.test.tsx', '**/*.test.ts'],
      transform: {
        '^.+\\.(t|j)sx?$': ['babel-jest', { configFile: path.join(__dirname, 'miniapp/babel.config.js') }],
      },
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/miniapp/test/stubs/taro.ts',
        '^@tarojs/components$': '<rootDir>/miniapp/test/stubs/components.tsx',
        '\\.(css|scss|less)$': '<rootDir>/miniapp/test/stubs/style.ts',
      },
    },
  ],
};
