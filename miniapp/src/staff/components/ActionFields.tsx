/** An action form's fields by kind (actionFields.ts): fixed text, choices, yes/no, units (type-ahead), text and times. */
import { View } from '@tarojs/components';
import { focusField } from '../pages/register/keyboard';
import { isVisible, type Field, type FieldErrors, type FormValues } from './actionFields';
import Choice from './Choice';
import TextField from './TextField';
import UnitPicker, { type UnitsState } from './UnitPicker';

interface Props {
  fields: readonly Field[];
  values: FormValues;
  errors: FieldErrors;
  set: (name: string, value: FormValues[string]) => void;
  units: UnitsState;
  onRetryUnits: () => void;
  /** Desktop split pane: picking the one unit moves focus to 确认. */
  inline: boolean;
  /** The matter's current lead unit, marked in the unit list. */
  leadUnitId?: string;
}

export default function ActionFields({ fields, values, errors, set, units, onRetryUnits, inline, leadUnitId }: Props) {
  const leadChoice = Array.isArray(values.leadUnitId) ? values.leadUnitId : [];
  return (
    <>
      {fields.filter((f) => isVisible(f, values)).map((f) => {
        const testId = `field-${f.name}`;
        const error = errors[f.name];
        switch (f.kind) {
          case 'fixed':
            return (
              <View className='sf-field' key={f.name} data-testid={testId}>
                <View className='sf-field__label'>{f.label}</View>
                <View className='sf-field__value'>{f.text}</View>
              </View>
            );
          case 'choice':
            return (
              <Choice
                key={f.name}
                testId={testId}
                label={f.label}
                options={f.options}
                value={typeof values[f.name] === 'string' ? (values[f.name] as string) : undefined}
                onChange={(v) => set(f.name, v)}
                error={error}
              />
            );
          case 'bool':
            return (
              <Choice
                key={f.name}
                testId={testId}
                label={f.label}
                options={[
                  { value: 'yes', label: f.yes },
                  { value: 'no', label: f.no },
                ]}
                value={values[f.name] === true ? 'yes' : values[f.name] === false ? 'no' : undefined}
                onChange={(v) => set(f.name, v === 'yes')}
                error={error}
              />
            );
          case 'unit':
            return (
              <UnitPicker
                key={f.name}
                testId={testId}
                label={f.label}
                units={units}
                onRetry={onRetryUnits}
                multiple={f.multiple}
                value={Array.isArray(values[f.name]) ? (values[f.name] as string[]) : []}
                onChange={(ids) => set(f.name, ids)}
                kbName={`action-field-${f.name}`}
                onPicked={inline && !f.multiple ? () => focusField('action-submit') : undefined}
                exclude={f.multiple ? leadChoice : undefined}
                note={leadUnitId ? { [leadUnitId]: '当前主办单位' } : undefined}
                error={error}
              />
            );
          case 'text':
          case 'datetime':
            return (
              <TextField
                key={f.name}
                field={f}
                testId={testId}
                value={typeof values[f.name] === 'string' ? (values[f.name] as string) : ''}
                onInput={(v) => set(f.name, v)}
                error={error}
              />
            );
        }
      })}
    </>
  );
}
