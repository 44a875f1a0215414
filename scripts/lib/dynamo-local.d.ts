/** Types for dynamo-local.js. */
import type { ChildProcess } from 'node:child_process';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export declare const JAVA_HELP: string;
export declare class JavaMissingError extends Error {}
export declare function findJar(): { dir: string; jar: string; libDir: string };
export declare function checkJava(): number;
export declare function isPortFree(port: number): Promise<boolean>;
export declare function freePort(): Promise<number>;
export declare function pickPort(preferred?: number): Promise<number>;
export declare function localClient(endpoint: string, o?: { maxAttempts?: number; connectionTimeout?: number; requestTimeout?: number }): DynamoDBClient;
export declare function killTree(pid: number, signal?: NodeJS.Signals | number, group?: boolean): boolean;
export declare function stopChild(child: ChildProcess, o?: { group?: boolean; graceMs?: number }): Promise<void>;

export interface DynamoLocal {
  endpoint: string;
  port: number;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}
export declare function startDynamoLocal(o?: {
  port?: number;
  inMemory?: boolean;
  dbPath?: string;
  detached?: boolean;
  timeoutMs?: number;
  onSpawn?: (child: ChildProcess) => void;
}): Promise<DynamoLocal>;
/** Live (non-zombie) members of a process group (Linux: from /proc). */
export declare function liveGroupMembers(pgid: number): number[];
