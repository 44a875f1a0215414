/**
 * CSV export (GET /v1/stats/export?kind=kpis|matters): the request carries the staff token, so a plain link cannot
 * fetch it; the H5 build fetches it and saves the file through a temporary object URL. The mini-program has no
 * file save for CSV (wx.openDocument opens Office and PDF files only), so it is offered in the desktop browser only.
 */
import { API_BASE_URL } from '../../services/config';
import { ApiError, isApiErrorBody, NETWORK_ERROR_MESSAGE, UNEXPECTED_RESPONSE_MESSAGE } from '../../services/api';

export const CAN_DOWNLOAD = process.env.TARO_ENV === 'h5' && typeof document !== 'undefined' && typeof URL !== 'undefined';

export type ExportKind = 'kpis' | 'matters';

/** Fetches the CSV and saves it under the server's file name; rejects with an ApiError whose message can be shown. */
export async function downloadStatsCsv(token: string, kind: ExportKind, query: Record<string, string | undefined>): Promise<string> {
  const params = new URLSearchParams();
  params.set('kind', kind);
  for (const [k, v] of Object.entries(query)) if (v) params.set(k, v);
  let res: Response;
  try {
    res = await fetch(`${API_BASE_URL}/v1/stats/export?${params.toString()}`, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError('NETWORK_ERROR', NETWORK_ERROR_MESSAGE, 0);
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    if (isApiErrorBody(body)) throw new ApiError(body.error.code, body.error.message, res.status);
    throw new ApiError('UNEXPECTED_RESPONSE', UNEXPECTED_RESPONSE_MESSAGE, res.status);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `stats-${kind}.csv`;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
