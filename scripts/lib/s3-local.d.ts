/** Types for s3-local.js. */
export interface S3Local {
  endpoint: string;
  port: number;
  bucket: string;
  directory: string;
  stop(): Promise<void>;
}
export declare const LOCAL_S3_CREDENTIALS: { accessKeyId: string; secretAccessKey: string };
export declare const DEFAULT_S3_PORT: number;
export declare class PolicyError extends Error {
  status: number;
  code: string;
}
export declare function verifyPostPolicy(
  fields: Record<string, string>,
  fileSize: number,
  bucket: string,
  o: { secretAccessKey: string; now?: number },
): void;
export declare function startS3Local(o: { bucket: string; port?: number; directory?: string; corsOrigins?: string[] }): Promise<S3Local>;
