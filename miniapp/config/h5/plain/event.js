/**
 * The event object Taro's components hand their handlers (`e.detail.value`), built from a native DOM event for the
 * plain-HTML form controls of the H5 build (./input.js, ./textarea.js, ./switch.js), and what the text fields share.
 */
export function taroEvent(type, e, detail) {
  return {
    type,
    detail,
    target: e.target,
    currentTarget: e.currentTarget,
    timeStamp: e.timeStamp,
    stopPropagation: () => e.stopPropagation(),
    preventDefault: () => e.preventDefault(),
  };
}

/** The host element's class: our own class plus the page's. */
export function hostClass(own, className) {
  return className ? `${own} ${className}` : own;
}

/** Taro's maxlength: a number ≥ 0 limits, -1 (or nothing) means no limit. */
export function taroMaxLength(maxlength) {
  return typeof maxlength === 'number' && maxlength >= 0 ? maxlength : undefined;
}

/**
 * The native handlers a text field (Input, Textarea) needs for Taro's focus, blur, change, keydown and confirm events.
 * React's onChange fires on every keystroke; Taro's change is the native one (on blur), so it is sent from onBlur.
 * `keyDetail` adds field-specific detail to keydown (e.g. Input's cursor).
 */
export function textFieldEvents({ onFocus, onBlur, onChange, onKeyDown, onConfirm }, keyDetail = () => ({})) {
  return {
    onChange: () => {},
    onFocus: (e) => onFocus?.(taroEvent('focus', e, { value: e.target.value })),
    onBlur: (e) => {
      onBlur?.(taroEvent('blur', e, { value: e.target.value }));
      onChange?.(taroEvent('change', e, { value: e.target.value }));
    },
    onKeyDown: (e) => {
      onKeyDown?.(taroEvent('keydown', e, { value: e.target.value, ...keyDetail(e), keyCode: e.keyCode }));
      if (e.key === 'Enter') onConfirm?.(taroEvent('confirm', e, { value: e.target.value }));
    },
  };
}
