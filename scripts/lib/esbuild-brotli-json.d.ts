import type { Plugin } from 'esbuild';

export const brotliJson: Plugin;
export const COMPRESSED: RegExp;
