export interface StreamReader {
  stop(): Promise<void>;
  idle(): Promise<void>;
}
export function startStreamReader(o: { endpoint: string; table: string; onRecords: (records: any[]) => Promise<void>; pollMs?: number; onError?: (err: Error) => void }): Promise<StreamReader>;
