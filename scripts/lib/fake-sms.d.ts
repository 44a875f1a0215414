export interface FakeSms {
  base: string;
  endpoint: string;
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  state: { sent: Array<{ at: string; phone: string; templateId: string; params: string[]; signName: string; SerialNo: string }>; calls: number; failures: unknown[]; down: boolean; blacklist: Set<string> };
  close(): Promise<void>;
}
export function startFakeSms(o?: { port?: number; secretId?: string; secretKey?: string; sdkAppId?: string; signName?: string; templates?: Record<string, number> }): Promise<FakeSms>;
