/** Assessment and analysis (docs/rules.md §6): counters per event, KPIs, periods, hot-spot surges. Pure; no I/O. */
export * from './facts';
export * from './kpis';
export * from './periods';
export * from './surge';

export * from './query';
export * from './response';
