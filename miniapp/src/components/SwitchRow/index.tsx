/**
 * A labelled on/off switch: the visible label beside the Switch, and the same words as the Switch's accessible name
 * (fieldLabel), so a screen reader says what a sighted user reads. Used by the citizen's 为我保密 / 同意公开 and the
 * operator's 来电人要求保密. Pages keep their own look through the class names (sizes differ between the citizen
 * pages' design tokens and the workbench).
 */
import { Switch, Text, View } from '@tarojs/components';
import { BRAND_COLOR } from '../../styles/brand';
import { fieldLabel } from '../fieldLabel';

interface Props {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
  /** The row (a flex line: label left, switch right). */
  className: string;
  labelClassName: string;
  switchClassName?: string;
  /** `data-kb` name, for pages with their own keyboard handling (the register page's focusField). */
  kb?: string;
}

export default function SwitchRow({ label, checked, onChange, testId, className, labelClassName, switchClassName, kb }: Props) {
  return (
    <View className={className}>
      <Text className={labelClassName}>{label}</Text>
      <Switch
        className={switchClassName}
        data-testid={testId}
        data-kb={kb}
        {...fieldLabel(label)}
        checked={checked}
        color={BRAND_COLOR}
        onChange={(e) => onChange(!!e.detail.value)}
      />
    </View>
  );
}
