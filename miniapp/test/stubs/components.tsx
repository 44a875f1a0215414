/**
 * Jest stand-in for `@tarojs/components` (mapped in the root jest.config.js `miniapp` project): each Taro component
 * becomes the nearest DOM element so @testing-library/react queries work.
 *
 * - className, style, id, hidden, role, tabIndex, data-* and aria-* pass through (Taro's H5 components keep tabIndex too);
 * - onClick and onTap both become the DOM onClick (a disabled Button fires neither, as on the device);
 * - form fields report Taro-shaped events: onInput/onChange/onConfirm receive `{detail: {value}}`.
 */
import {
  Fragment,
  createElement,
  type CSSProperties,
  type ChangeEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';

type Handler = (event: any) => void;

interface BaseProps {
  className?: string;
  style?: CSSProperties | string;
  id?: string;
  hidden?: boolean;
  children?: ReactNode;
  onClick?: Handler;
  onTap?: Handler;
  [attr: string]: unknown;
}

/** Taro accepts style strings; React DOM wants objects. */
function styleObject(style: BaseProps['style']): CSSProperties | undefined {
  if (!style) return undefined;
  if (typeof style !== 'string') return style;
  const out: Record<string, string> = {};
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':');
    if (i < 0) continue;
    const prop = decl.slice(0, i).trim().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    out[prop] = decl.slice(i + 1).trim();
  }
  return out as CSSProperties;
}

/** Attributes every element keeps. */
function common(props: BaseProps): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'tabIndex' || k === 'id' || k === 'hidden') out[k] = v;
  }
  if (props.className) out.className = props.className;
  const style = styleObject(props.style);
  if (style) out.style = style;
  const onClick = props.onClick ?? props.onTap;
  if (onClick) out.onClick = onClick;
  return out;
}

function simple(tag: string, displayName: string) {
  const C = (props: BaseProps) => createElement(tag, common(props), props.children);
  C.displayName = displayName;
  return C;
}

export const View = simple('div', 'View');
export const Text = simple('span', 'Text');
export const ScrollView = simple('div', 'ScrollView');
export const Swiper = simple('div', 'Swiper');
export const SwiperItem = simple('div', 'SwiperItem');
export const Label = simple('label', 'Label');
export const Icon = simple('i', 'Icon');

export function Block({ children }: { children?: ReactNode }) {
  return createElement(Fragment, null, children);
}

export function RichText(props: BaseProps & { nodes?: string }) {
  // Tests see the text only; real RichText renders sanitised nodes.
  const text = typeof props.nodes === 'string' ? props.nodes.replace(/<[^>]*>/g, '') : '';
  return createElement('div', common(props), text);
}

export function Button(props: BaseProps & { disabled?: boolean; loading?: boolean; formType?: 'submit' | 'reset' }) {
  const type = props.formType === 'submit' ? 'submit' : props.formType === 'reset' ? 'reset' : 'button';
  return createElement(
    'button',
    { ...common(props), type, disabled: !!props.disabled, 'aria-busy': props.loading ? true : undefined },
    props.children,
  );
}

type FieldProps = BaseProps & {
  value?: string;
  placeholder?: string;
  disabled?: boolean;
  maxlength?: number;
  password?: boolean;
  type?: string;
  onInput?: Handler;
  onChange?: Handler;
  onConfirm?: Handler;
  onFocus?: Handler;
  onBlur?: Handler;
};

function fieldProps(props: FieldProps): Record<string, unknown> {
  const detail = (e: { target: { value: string } }) => ({ detail: { value: e.target.value }, target: e.target });
  return {
    ...common(props),
    value: props.value,
    placeholder: props.placeholder,
    disabled: props.disabled,
    maxLength: props.maxlength !== undefined && props.maxlength >= 0 ? props.maxlength : undefined,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      props.onInput?.(detail(e));
      props.onChange?.(detail(e));
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (e.key === 'Enter' && props.onConfirm) props.onConfirm(detail(e as never));
    },
    onFocus: props.onFocus ? (e: never) => props.onFocus?.(detail(e)) : undefined,
    onBlur: props.onBlur ? (e: never) => props.onBlur?.(detail(e)) : undefined,
  };
}

export function Input(props: FieldProps) {
  const type = props.password ? 'password' : props.type === 'number' || props.type === 'digit' ? 'text' : props.type || 'text';
  return createElement('input', { ...fieldProps(props), type });
}

export function Textarea(props: FieldProps) {
  return createElement('textarea', fieldProps(props));
}

export function Image(props: BaseProps & { src?: string; mode?: string }) {
  return createElement('img', { ...common(props), src: props.src, alt: (props['aria-label'] as string) ?? '' });
}

export function Navigator(props: BaseProps & { url?: string }) {
  return createElement('a', { ...common(props), href: props.url }, props.children);
}

/**
 * Picker (mode selector): a <select> whose option values are indexes, reporting `{detail: {value: index}}` like Taro.
 * Children (the visible trigger in Taro) are rendered before it.
 */
export function Picker(
  props: BaseProps & {
    mode?: string;
    range?: unknown[];
    rangeKey?: string;
    value?: number | string;
    disabled?: boolean;
    onChange?: Handler;
  },
) {
  const range = props.range ?? [];
  const label = (item: unknown) =>
    props.rangeKey && item && typeof item === 'object' ? String((item as Record<string, unknown>)[props.rangeKey]) : String(item);
  const { onClick: _onClick, ...selectAttrs } = common(props);
  return createElement(
    'label',
    { onClick: props.onClick ?? props.onTap },
    props.children,
    createElement(
      'select',
      {
        ...selectAttrs,
        value: props.value === undefined ? '' : String(props.value),
        disabled: props.disabled,
        onChange: (e: ChangeEvent<HTMLSelectElement>) => props.onChange?.({ detail: { value: Number(e.target.value) } }),
      },
      createElement('option', { value: '', disabled: true }, ''),
      ...range.map((item, i) => createElement('option', { key: i, value: String(i) }, label(item))),
    ),
  );
}

export function Switch(props: BaseProps & { checked?: boolean; disabled?: boolean; onChange?: Handler }) {
  return createElement('input', {
    ...common(props),
    type: 'checkbox',
    role: 'switch',
    checked: !!props.checked,
    disabled: props.disabled,
    onChange: (e: ChangeEvent<HTMLInputElement>) => props.onChange?.({ detail: { value: e.target.checked } }),
  });
}

export function Form(props: BaseProps & { onSubmit?: Handler }) {
  return createElement(
    'form',
    {
      ...common(props),
      onSubmit: (e: { preventDefault: () => void }) => {
        e.preventDefault();
        props.onSubmit?.({ detail: { value: {} } });
      },
    },
    props.children,
  );
}
