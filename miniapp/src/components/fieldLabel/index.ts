/**
 * An accessible name for a Taro form control (Input, Textarea, Switch). The mini-program reads `aria-label` on the
 * component itself; in the H5 build the component is a custom element wrapping the native `<input>`/`<textarea>`,
 * and only `nativeProps` reach that inner element — the one a screen reader announces (axe: label).
 * `process.env.TARO_ENV` is replaced at build time, so each build carries only its own branch.
 */
export interface FieldLabelProps {
  'aria-label'?: string;
  nativeProps?: Record<string, unknown>;
}

export function fieldLabel(label: string): FieldLabelProps {
  if (process.env.TARO_ENV === 'h5') return { nativeProps: { 'aria-label': label } };
  return { 'aria-label': label };
}
