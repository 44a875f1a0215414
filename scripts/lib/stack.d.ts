/** Types for stack.js. */
import type { ChildProcess } from 'node:child_process';

export interface StackPorts {
  dynamo?: number;
  api?: number;
  lambda?: number;
  h5?: number;
  s3?: number;
  wechat?: number;
  sms?: number;
}
export interface StackOptions {
  dynamo?: 'persisted' | 'memory' | { endpoint: string };
  dbPath?: string;
  s3?: 'persisted' | 'memory';
  ports?: StackPorts;
  h5?: boolean;
  stage?: string;
  tableName?: string;
  seed?: boolean;
  env?: Record<string, string>;
  esbuildWorkFolder?: string;
  log?: (line: string) => void;
  output?: (line: string) => void;
  onUnexpectedExit?: (name: string, codeOrSignal: number | string) => void;
  onSpawn?: (child: ChildProcess) => void;
  signal?: AbortSignal;
}
export interface Stack {
  endpoint: string;
  /** Local S3 (s3rver) for photos, and its bucket. */
  s3Endpoint: string;
  /** Loopback fakes of WeChat's server API and Tencent Cloud SMS; GET <url>/__sent lists what was "sent". */
  wechatUrl: string;
  smsUrl: string;
  uploadBucket: string;
  apiUrl: string;
  lambdaPort: number;
  h5Url?: string;
  tableName: string;
  seeded: boolean;
  apiPid: number;
  pids: number[];
  timings: Record<string, number>;
  stop(): Promise<void>;
  killAllNow(): void;
}
export declare const DEFAULT_PORTS: Required<StackPorts>;
export declare function startStack(o?: StackOptions): Promise<Stack>;
