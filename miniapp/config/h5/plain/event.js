/**
 * The event object Taro's components hand their handlers (`e.detail.value`), built from a native DOM event for the
 * plain-HTML form controls of the H5 build (./input.js, ./textarea.js, ./switch.js).
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
