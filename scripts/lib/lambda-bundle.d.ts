import type { BuildOptions } from 'esbuild';
export const ROOT: string;
export const ZIP_BUDGET_BYTES: number;
export function serverlessDoc(root?: string): any;
export function lambdaEsbuildOptions(doc?: any): BuildOptions;
export function lambdaFunctions(doc?: any): Array<{ name: string; entry: string }>;
export function buildFunction(entry: string, outdir: string, options?: BuildOptions): Promise<{ file: string; loadBytes: number; totalBytes: number }>;
