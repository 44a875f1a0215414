/** Radio chips: the chosen one is marked with ✓ in words, not only by colour. */
import { View } from '@tarojs/components';
// Each chip takes focus; Enter or Space chooses it (components/Press's document listener, which importing it installs).
import { tabStop } from '../../../components/Press';
import '../../../components/chips.css';

/** Radio chips: the chosen one is marked with ✓ in words, not only by colour. */
export default function Chips<T extends string>({
  testId,
  label,
  options,
  value,
  onChange,
}: {
  testId: string;
  label: string;
  options: ReadonlyArray<{ key: T; label: string }>;
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <View className='sd-chips'>
      <View className='sd-chips__label'>{label}</View>
      <View className='sd-chips__list' role='radiogroup' aria-label={label}>
        {options.map((o) => (
          <View
            key={o.key}
            className={`s-chip${o.key === value ? ' s-chip--on' : ''}`}
            role='radio'
            aria-checked={o.key === value}
            {...tabStop(0)}
            data-press=''
            data-testid={`${testId}-${o.key}`}
            onClick={() => onChange(o.key)}
          >
            {o.key === value ? '✓ ' : ''}
            {o.label}
          </View>
        ))}
      </View>
    </View>
  );
}
