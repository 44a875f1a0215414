export interface FakeWeChat {
  base: string;
  appid: string;
  secret: string;
  state: { sent: Array<Record<string, any>>; tokenFetches: number; sendCalls: number; failures: unknown[]; down: boolean; refused: Set<string>; token: string | null; tokenExpiresAt: number };
  close(): Promise<void>;
}
export function startFakeWeChat(o?: { port?: number; appid?: string; secret?: string; templates?: string[]; expiresIn?: number }): Promise<FakeWeChat>;
export const FIELD_RULES: Record<string, (v: string) => boolean>;
