/**
 * The brand colour for the few places that cannot read a CSS custom property: a native component's `color`
 * attribute (Switch in the mini-program) and chart strokes drawn in code. Everywhere else use `var(--color-brand)`
 * from tokens.css; components/styles.test.ts keeps the two equal.
 */
export const BRAND_COLOR = '#0b57a4';
