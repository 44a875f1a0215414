/**
 * Whether the workbench gets its desktop layout: the H5 build in a window at least DESKTOP_MIN_WIDTH CSS px wide.
 * The mini-program and narrow windows keep the phone layout. Follows window resizes.
 */
import { useEffect, useState } from 'react';

export const DESKTOP_MIN_WIDTH = 1200;
const QUERY = `(min-width: ${DESKTOP_MIN_WIDTH}px)`;

function media(): MediaQueryList | null {
  if (process.env.TARO_ENV !== 'h5') return null;
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null;
  return window.matchMedia(QUERY);
}

export function useDesktop(): boolean {
  const [desktop, setDesktop] = useState(() => media()?.matches ?? false);
  useEffect(() => {
    const m = media();
    if (!m) return undefined;
    const update = () => setDesktop(m.matches);
    update();
    m.addEventListener('change', update);
    return () => m.removeEventListener('change', update);
  }, []);
  return desktop;
}
