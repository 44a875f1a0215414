/**
 * The browser project's jest runner: jest's own runner, serial. Every browser test file drives the run's ONE shared
 * stack (one API, one table, one H5 server; globalSetup.ts) and some read the shared queue's order, so two files must
 * never run at once — whatever the machine's core count (jest would otherwise give them a worker each from 3 cores up).
 * Jest runs a runner marked `isSerial` in band, after or before the other projects' workers, never beside them.
 */
'use strict';

const TestRunner = require('jest-runner').default;

class SerialTestRunner extends TestRunner {
  constructor(globalConfig, context) {
    super(globalConfig, context);
    this.isSerial = true;
  }
}

module.exports = SerialTestRunner;
