/**
 * Clock adapter: the only place the citizen pages read the wall clock, so tests can fix "now"
 * (`jest.mock('../../platform/clock')`). Countdowns ("还剩 N 个工作日") are computed from this.
 */
export function now(): number {
  return Date.now();
}
