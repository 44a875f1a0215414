/**
 * Photos on a submission (docs/rules.md §2: images, ≤ 9): pick → upload each at once (presign + direct POST to storage) →
 * the keys go into the submission. Each photo has its own state: 上传中 / 已上传 / 失败 (tap to retry).
 *
 * Submitting waits for uploads in flight (`settle`); a failed photo stops the submission with a message rather than
 * silently dropping it. Photos are not part of the saved draft: temporary files and unattached uploads do not last.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from '../../../shared/schemas';
import { choosePhotos, uploadPhoto, type PickedPhoto } from '../platform/photos';
import { errorMessage } from '../services/api';
import { presignMyUpload } from '../services/citizen';

export type PhotoStatus = 'uploading' | 'done' | 'failed';

export interface PhotoItem {
  id: number;
  path: string;
  size: number;
  contentType: PickedPhoto['contentType'];
  status: PhotoStatus;
  key?: string;
  /** Why it failed (shown under the thumbnail). */
  error?: string;
  /** A retry cannot help (too big, wrong format): the photo must be removed. */
  permanent?: boolean;
}

export const PHOTO_TOO_BIG_MESSAGE = `图片超过${MAX_PHOTO_BYTES / 1024 / 1024}MB，请删除后换一张`;
export const PHOTO_FORMAT_MESSAGE = '只支持 JPG、PNG、WebP 图片，请删除后换一张';
export const PHOTO_UPLOAD_FAILED_MESSAGE = '上传失败，点击重试';
export const PHOTO_PICK_UNAVAILABLE_MESSAGE = '现在无法打开相册或相机。图片可以不传，请用文字把情况写清楚。';

/** Thrown by `settle` when some photo is not uploaded: the submission stops with this message. */
export class PhotosNotReady extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PhotosNotReady';
  }
}

export function usePhotoUploads(max = MAX_PHOTOS) {
  const [items, setItems] = useState<PhotoItem[]>([]);
  const [note, setNote] = useState<string | null>(null);
  // The list as last set, read synchronously by settle() and pick() (state updates land later).
  const itemsRef = useRef(items);
  const nextId = useRef(1);
  const inFlight = useRef(new Map<number, Promise<void>>());
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const commit = useCallback((next: PhotoItem[]) => {
    itemsRef.current = next;
    if (alive.current) setItems(next);
  }, []);
  const patch = useCallback(
    (id: number, p: Partial<PhotoItem>) => commit(itemsRef.current.map((i) => (i.id === id ? { ...i, ...p } : i))),
    [commit],
  );

  const upload = useCallback(
    (item: PhotoItem) => {
      if (item.contentType === null) return patch(item.id, { status: 'failed', error: PHOTO_FORMAT_MESSAGE, permanent: true });
      if (item.size > MAX_PHOTO_BYTES) return patch(item.id, { status: 'failed', error: PHOTO_TOO_BIG_MESSAGE, permanent: true });
      patch(item.id, { status: 'uploading', error: undefined });
      const run = (async () => {
        try {
          const target = await presignMyUpload({ contentType: item.contentType!, size: item.size });
          const r = await uploadPhoto(target, item.path);
          if (r.ok) patch(item.id, { status: 'done', key: target.key });
          else patch(item.id, { status: 'failed', error: PHOTO_UPLOAD_FAILED_MESSAGE });
        } catch (err) {
          patch(item.id, { status: 'failed', error: `${errorMessage(err)}，点击重试` });
        } finally {
          inFlight.current.delete(item.id);
        }
      })();
      inFlight.current.set(item.id, run);
    },
    [patch],
  );

  /** "添加照片": at most the remaining count; each chosen photo starts uploading at once. */
  const pick = useCallback(async () => {
    setNote(null);
    const remaining = max - itemsRef.current.length;
    if (remaining <= 0) return;
    const r = await choosePhotos(remaining);
    if (r.status === 'unavailable') setNote(PHOTO_PICK_UNAVAILABLE_MESSAGE);
    if (r.status !== 'ok' || !alive.current) return;
    const added: PhotoItem[] = r.photos.slice(0, max - itemsRef.current.length).map((p) => ({ ...p, id: nextId.current++, status: 'uploading' }));
    commit([...itemsRef.current, ...added]);
    added.forEach(upload);
  }, [max, upload, commit]);

  const remove = useCallback((id: number) => commit(itemsRef.current.filter((i) => i.id !== id)), [commit]);

  const retry = useCallback(
    (id: number) => {
      const item = itemsRef.current.find((i) => i.id === id);
      if (item && item.status === 'failed' && !item.permanent) upload(item);
    },
    [upload],
  );

  /** Wait for uploads in flight; the keys in order, or PhotosNotReady naming what to do. */
  const settle = useCallback(async (): Promise<string[]> => {
    while (inFlight.current.size) await Promise.all([...inFlight.current.values()]);
    const list = itemsRef.current;
    const failed = list.filter((i) => i.status !== 'done');
    if (failed.length) throw new PhotosNotReady(`有 ${failed.length} 张图片没有上传成功：请点击图片重试，或删除后再提交`);
    return list.map((i) => i.key!);
  }, []);

  const uploading = items.filter((i) => i.status === 'uploading').length;
  return { items, remaining: max - items.length, uploading, note, pick, remove, retry, settle };
}
