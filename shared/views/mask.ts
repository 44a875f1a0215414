/** Masking of contact details in what staff see (docs/rules.md §7; GZ Art.25, CS Art.15, WF Art.11). */

/** 13812345678 → 138****5678 (what staff see unless their role needs the number). */
export const maskPhone = (phone: string): string => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');

/** 张三丰 → 张** */
export const maskName = (name: string | null): string | null => (name ? name.slice(0, 1) + '*'.repeat(Math.max(1, name.length - 1)) : null);
