import type { Plugin } from 'esbuild';

export const brotliJson: Plugin;
export const COMPRESSED: RegExp;
export const RULE_DATA: RegExp;
