/**
 * Root of every citizen page: applies 长辈版 (elder mode) as the `elder` class on the root, so app.css can enlarge
 * type and tap targets on the whole page.
 */
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { useElderMode } from '../../hooks/useElderMode';

export interface CitizenPageProps {
  /** Page-specific class (e.g. `submit-page`). */
  className?: string;
  children?: ReactNode;
}

export default function CitizenPage({ className, children }: CitizenPageProps) {
  const { rootClass } = useElderMode();
  return (
    <View className={className ? `${rootClass} ${className}` : rootClass} data-testid='page-root'>
      {children}
    </View>
  );
}
