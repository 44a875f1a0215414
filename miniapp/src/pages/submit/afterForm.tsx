/**
 * What shows after the form (the tracking number; "问题已经解决") and what only it uses (the clipboard, Taro's toast
 * behind it, the deadline wording): in H5 a chunk of its own, prefetched once the citizen starts on the form
 * (config/deferPrefetch.ts), so the form's first render does not wait for it (Lighthouse, mobile). The mini-program
 * has no lazy chunks and requires it as before; `process.env.TARO_ENV` is replaced at build time, so each build
 * carries only its own branch.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import CitizenPage from '../../components/CitizenPage';
import StateBlock from '../../components/StateBlock';

type SuccessModule = typeof import('./Success');
type SuccessProps = Parameters<SuccessModule['default']>[0];

let SuccessView: ComponentType<SuccessProps>;
let ResolvedView: ComponentType;
if (process.env.TARO_ENV === 'h5') {
  const load = () => import(/* webpackChunkName: "submit-success", webpackPrefetch: true */ './Success');
  SuccessView = lazy(load);
  ResolvedView = lazy(() => load().then((m) => ({ default: m.Resolved })));
} else {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ({ default: SuccessView, Resolved: ResolvedView } = require('./Success') as SuccessModule);
}

/** While the chunk arrives (it was prefetched, so usually not at all). */
const loading = (
  <CitizenPage className='submit'>
    <StateBlock kind='loading' text='请稍候…' />
  </CitizenPage>
);

export function Success(props: SuccessProps) {
  return (
    <Suspense fallback={loading}>
      <SuccessView {...props} />
    </Suspense>
  );
}

export function Resolved() {
  return (
    <Suspense fallback={loading}>
      <ResolvedView />
    </Suspense>
  );
}
