/** Building blocks of the matter pane: a titled section and a name/value row. */
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';

/** The label for a key, or undefined when the key is unknown. */
export const label = <K extends string>(labels: Readonly<Record<K, string>>, key: unknown): string | undefined =>
  typeof key === 'string' && key in labels ? labels[key as K] : undefined;

export function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <View className='sm-section' data-testid={testId}>
      <View className='sm-section__title'>{title}</View>
      {children}
    </View>
  );
}


export function Row({ name, children, testId }: { name: string; children: ReactNode; testId?: string }) {
  return (
    <View className='sm-row'>
      <View className='sm-row__name'>{name}</View>
      <View className='sm-row__value' data-testid={testId}>
        {children}
      </View>
    </View>
  );
}

