/**
 * Hot-spot surges (CS Art.34(2): 集中投诉举报的热点、难点事项 are put under supervision; CS Art.8(4) and WF Art.29:
 * regular analysis of hot spots). A cell (category × district) surges in a week when its count is at least
 * SURGE_FACTOR × the median of the same cell's previous SURGE_BASELINE_WEEKS weeks and at least SURGE_MIN_COUNT.
 * The minimum keeps a quiet cell (0 → 2) from raising an alarm; a cell with no history surges at SURGE_MIN_COUNT.
 */
export const SURGE_FACTOR = 2;
export const SURGE_MIN_COUNT = 5;
export const SURGE_BASELINE_WEEKS = 4;

export function median(values: readonly number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface SurgeVerdict {
  surge: boolean;
  /** Median of the previous weeks (missing weeks count as 0). */
  baseline: number;
  /** The count at which the cell surges this week. */
  threshold: number;
}

/** `previous` = the cell's counts in the SURGE_BASELINE_WEEKS weeks before, zeros included. */
export function surgeVerdict(count: number, previous: readonly number[]): SurgeVerdict {
  const baseline = median(previous);
  const threshold = Math.max(SURGE_MIN_COUNT, Math.ceil(SURGE_FACTOR * baseline));
  return { surge: count >= threshold, baseline, threshold };
}
