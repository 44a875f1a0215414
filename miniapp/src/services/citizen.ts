/**
 * Citizen sign-in and the signed-in calls pages make.
 *
 * - WeChat: Taro.login code → POST /v1/auth/wechat.
 * - H5 (no WeChat code): a local/test sign-in with `test:<openid>` (random openid kept in storage). The backend
 *   accepts it only with AUTH_WECHAT_FAKE=1 on a local/test stage; otherwise the page says so.
 * The token is kept in storage; a 401 clears it, signs in again and repeats the call once.
 */
import { now } from '../platform/clock';
import { getWechatLoginCode } from '../platform/login';
import {
  ApiError,
  getMatter,
  listMyMatters,
  matterAction,
  presignUpload,
  screenDraft,
  submitMatter,
  wechatSignIn,
} from './api';
import { clearCitizenSession, loadCitizenSession, saveCitizenSession, testOpenid } from './session';
import type { Category, CitizenAction, CitizenMatter, MatterPage, PresignedUpload, ScreeningResult, SubmissionBody } from '../../../shared/views';

export const H5_SIGNIN_REFUSED_MESSAGE =
  '网页版只能在本地测试环境登录（服务需以 AUTH_WECHAT_FAKE=1 启动）。请在微信中打开“12345”小程序使用。';

let inflight: Promise<string> | null = null;

/** Signs in now (ignoring any stored token) and stores the new token. Concurrent callers share one sign-in. */
export function signIn(): Promise<string> {
  if (!inflight) {
    inflight = doSignIn().finally(() => {
      inflight = null;
    });
  }
  return inflight;
}

async function doSignIn(): Promise<string> {
  const code = await getWechatLoginCode();
  const isTestSignIn = code === null;
  try {
    const t = await wechatSignIn(code ?? `test:${testOpenid()}`);
    saveCitizenSession({ token: t.token, expiresAt: t.expiresAt });
    return t.token;
  } catch (err) {
    // A refused test code (401/400/403) means the backend is not a local/test one: say what H5 needs.
    if (isTestSignIn && err instanceof ApiError && [400, 401, 403].includes(err.status)) {
      throw new ApiError('TEST_SIGNIN_REFUSED', H5_SIGNIN_REFUSED_MESSAGE, err.status);
    }
    throw err;
  }
}

/** A valid stored token, or a fresh sign-in. */
export async function citizenToken(): Promise<string> {
  const s = loadCitizenSession(now());
  return s ? s.token : signIn();
}

/** Runs `fn` with a token; on 401 signs in again and runs it once more. */
export async function withCitizen<T>(fn: (token: string) => Promise<T>): Promise<T> {
  const token = await citizenToken();
  try {
    return await fn(token);
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      clearCitizenSession();
      return fn(await signIn());
    }
    throw err;
  }
}

// ---- Signed-in calls used by the pages ---------------------------------------------------------------------------

export const screenMyDraft = (body: { content: string; category?: Category }): Promise<ScreeningResult> =>
  withCitizen((t) => screenDraft(t, body));

export const submitMyMatter = (body: SubmissionBody, idempotencyKey: string): Promise<CitizenMatter> =>
  withCitizen((t) => submitMatter(t, body, idempotencyKey));

export const presignMyUpload = (body: { contentType: string; size: number }): Promise<PresignedUpload> =>
  withCitizen((t) => presignUpload(t, body));

export const listMine = (cursor?: string | null): Promise<MatterPage> => withCitizen((t) => listMyMatters(t, cursor));

export const getMine = (id: string): Promise<CitizenMatter> => withCitizen((t) => getMatter(t, id));

export const actOnMine = (
  id: string,
  action: CitizenAction,
  body: Record<string, unknown>,
  version: number,
): Promise<CitizenMatter> => withCitizen((t) => matterAction(t, id, action, body, version));
