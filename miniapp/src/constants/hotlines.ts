/**
 * Emergency numbers the hotline refers callers to instead of taking the matter (GZ Art.11, WF Art.19, CS Art.13):
 * emergencies go to 110/119/120/122, never into a 12345 queue.
 */
export interface Hotline {
  number: string;
  /** What the number is for, in plain words. */
  label: string;
}

export const EMERGENCY_HOTLINES: readonly Hotline[] = [
  { number: '110', label: '报警' },
  { number: '119', label: '火警' },
  { number: '120', label: '急救' },
  { number: '122', label: '交通事故' },
];

/** The government-service hotline itself: most matters still arrive by telephone (GZ Art.2). */
export const SERVICE_HOTLINE: Hotline = { number: '12345', label: '政务服务便民热线' };
