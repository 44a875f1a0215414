/**
 * The emergency classifier (shared/screening) for the citizen's submit form, loaded on first use instead of with
 * the page: its rules and their set-up no longer run before the form's first paint. In H5 it is its own chunk,
 * prefetched once the page has loaded and requested when the citizen first types the content, so "下一步" still
 * answers an emergency at once, with no round trip (issue 13). The mini-program has no lazy chunks: it is required
 * as before. `process.env.TARO_ENV` is replaced at build time, so each build carries only its own branch.
 */
import type * as Screening from '../../../shared/screening';

type ScreeningModule = typeof Screening;

let loading: Promise<ScreeningModule> | null = null;

export function loadScreening(): Promise<ScreeningModule> {
  if (!loading) {
    if (process.env.TARO_ENV === 'h5') {
      const p = import(/* webpackChunkName: "screening", webpackPrefetch: true */ '../../../shared/screening');
      // A failed load (e.g. offline before the chunk arrived) is tried again on the next use.
      p.catch(() => {
        if (loading === p) loading = null;
      });
      loading = p;
    } else {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loading = Promise.resolve(require('../../../shared/screening') as ScreeningModule);
    }
  }
  return loading;
}
