/**
 * Root of every citizen page: applies 长辈版 (elder mode) as the `elder` class on the root, so the design tokens'
 * `.elder` overrides (styles/tokens.css) enlarge type and tap targets on the whole page. The page's title block (`header`) is its `banner` landmark and the rest its
 * `main` landmark (a banner inside main would not be top-level: axe landmark-banner-is-top-level), and in H5 it makes Taro's scrolling page
 * container (`.taro_page`, which scrolls instead of the document) reachable by keyboard so arrow keys and Page Down
 * scroll it (axe: scrollable-region-focusable).
 */
import { useEffect, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { useElderMode } from '../../hooks/useElderMode';

export interface CitizenPageProps {
  /** Page-specific class (e.g. `submit-page`). */
  className?: string;
  /** The page's title block (blue band at the top), announced as the page's banner. */
  header?: ReactNode;
  children?: ReactNode;
}

function useKeyboardScrollablePages(): void {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    for (const page of document.querySelectorAll<HTMLElement>('.taro_page:not([tabindex])')) page.tabIndex = 0;
  }, []);
}

export default function CitizenPage({ className, header, children }: CitizenPageProps) {
  const { rootClass } = useElderMode();
  useKeyboardScrollablePages();
  return (
    <View className={className ? `${rootClass} ${className}` : rootClass} data-testid='page-root'>
      {header ? <View role='banner'>{header}</View> : null}
      <View role='main'>{children}</View>
    </View>
  );
}
