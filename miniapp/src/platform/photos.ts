/**
 * Photo adapter: the only place that calls Taro.chooseImage, Taro.uploadFile and Taro.previewImage.
 *
 * - choosePhotos: album or camera, compressed (weapp; H5 has no compression), at most `count`. Never throws:
 *   `cancelled` when the user backs out, `unavailable` when the platform refuses (permission, no file input).
 * - uploadPhoto: POSTs a presigned form (POST /v1/uploads) straight to object storage as multipart — the form's
 *   fields, then the file as part `file` (S3's rule: the file last). Taro.uploadFile does exactly that on both
 *   platforms: weapp natively; H5 (@tarojs/taro-h5 network/upload.js) fetches the blob: URL chooseImage returned
 *   and sends a FormData by XHR. `withCredentials: false` because H5 otherwise sends cookies, and S3's CORS answer
 *   (`*`) does not allow credentials. S3 answers 204 on success.
 * - previewPhotos: full-screen viewer.
 *
 * H5: the picker and the viewer are a separate chunk (photoApis.ts), prefetched at idle priority when a page using
 * this module loads and run only when a citizen adds or opens a photo.
 */
import Taro from '@tarojs/taro';
import type { PhotoContentType } from '../../../shared/schemas';

export interface PickedPhoto {
  /** Temporary file path (weapp) or blob: URL (H5); also the thumbnail's src. */
  path: string;
  size: number;
  /** null when the format is not JPG, PNG or WebP. */
  contentType: PhotoContentType | null;
}

export type PickResult = { status: 'ok'; photos: PickedPhoto[] } | { status: 'cancelled' } | { status: 'unavailable' };

const BY_EXTENSION: Record<string, PhotoContentType> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/** The content type from the H5 file's type, or the weapp temp path's extension (WeChat's compressed images are .jpg). */
export function photoContentType(path: string, type?: string): PhotoContentType | null {
  if (type && /^image\/(jpeg|png|webp)$/.test(type)) return type as PhotoContentType;
  if (type && type.startsWith('image/')) return null;
  const ext = /\.([A-Za-z0-9]+)(?:[?#].*)?$/.exec(path)?.[1]?.toLowerCase();
  if (ext) return BY_EXTENSION[ext] ?? null;
  return path.startsWith('blob:') ? null : 'image/jpeg';
}

/** Taro's chooseImage and previewImage: in H5 from the lazily loaded chunk, in the mini-program directly. */
function photoApis(): Promise<typeof import('./photoApis')> {
  // An if/else, not an early return: webpack drops the dead branch, so each build references only its own path.
  if (process.env.TARO_ENV === 'h5') {
    return import(/* webpackChunkName: "photo-apis", webpackPrefetch: true */ './photoApis');
  } else {
    return Promise.resolve({ chooseImage: (o: Taro.chooseImage.Option) => Taro.chooseImage(o), previewImage: (o: Taro.previewImage.Option) => Taro.previewImage(o) });
  }
}

export async function choosePhotos(count: number): Promise<PickResult> {
  if (count <= 0) return { status: 'ok', photos: [] };
  try {
    const res = await (await photoApis()).chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    const files = (res?.tempFiles ?? []) as Array<{ path: string; size: number; type?: string }>;
    const photos = files.slice(0, count).map((f) => ({ path: f.path, size: f.size, contentType: photoContentType(f.path, f.type) }));
    return { status: 'ok', photos };
  } catch (err) {
    const msg = err && typeof err === 'object' ? String((err as { errMsg?: unknown }).errMsg ?? '') : '';
    return /cancel/i.test(msg) ? { status: 'cancelled' } : { status: 'unavailable' };
  }
}

export type UploadOutcome = { ok: true } | { ok: false; status?: number };

export async function uploadPhoto(target: { url: string; fields: Record<string, string> }, path: string, timeoutMs = 60_000): Promise<UploadOutcome> {
  try {
    const res = await Taro.uploadFile({ url: target.url, filePath: path, name: 'file', formData: target.fields, timeout: timeoutMs, withCredentials: false } as Taro.uploadFile.Option);
    return res.statusCode >= 200 && res.statusCode < 300 ? { ok: true } : { ok: false, status: res.statusCode };
  } catch {
    return { ok: false };
  }
}

export function previewPhotos(urls: string[], current: string): void {
  if (process.env.TARO_ENV === 'h5') {
    void photoApis()
      .then((apis) => apis.previewImage({ urls, current }))
      .catch(() => undefined);
  } else {
    Taro.previewImage({ urls, current }).catch(() => undefined);
  }
}
