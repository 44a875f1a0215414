/**
 * The five categories as large choices, each explained in plain words (CATEGORY_HINTS). The chosen one says
 * "已选择" in words; the border only echoes it.
 */
import { Text, View } from '@tarojs/components';
import Button from '../Button';
import { CATEGORY_HINTS, CATEGORY_LABELS } from '../../../../shared/domain/labels';
import { CATEGORIES, type Category } from '../../../../shared/domain/types';
import './index.css';

export interface CategoryPickerProps {
  value: Category | null;
  onChange: (c: Category) => void;
}

export default function CategoryPicker({ value, onChange }: CategoryPickerProps) {
  return (
    <View className='category-picker' data-testid='category-picker'>
      {CATEGORIES.map((c) => {
        const selected = value === c;
        return (
          <Button
            key={c}
            className={`category-picker__option${selected ? ' category-picker__option--selected' : ''}`}
            data-testid={`category-${c}`}
            aria-pressed={selected}
            onClick={() => onChange(c)}
          >
            <View className='category-picker__head'>
              <Text className='category-picker__label'>{CATEGORY_LABELS[c]}</Text>
              {selected ? <Text className='category-picker__mark'>✓ 已选择</Text> : null}
            </View>
            <Text className='category-picker__hint'>{CATEGORY_HINTS[c]}</Text>
          </Button>
        );
      })}
    </View>
  );
}
