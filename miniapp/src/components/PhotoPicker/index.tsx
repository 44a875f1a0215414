/**
 * Photos on the submission form (docs/rules.md §2: images, ≤ 9). Presentational: state and uploads live in
 * hooks/usePhotoUploads. Each thumbnail shows its state — 上传中 / 失败，点击重试 — and has its own 删除 button;
 * "添加照片" shows how many more may be added and disappears at the limit.
 */
import type { ReactNode } from 'react';
import { Image, Text, View } from '@tarojs/components';
import Button from '../Button';
import Field from '../Field';
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from '../../../../shared/schemas';
import type { PhotoItem } from '../../hooks/usePhotoUploads';
import './index.css';

export interface PhotoPickerProps {
  items: PhotoItem[];
  remaining: number;
  note?: string | null;
  /** A validation message about the photos (e.g. the backend refused one). */
  error?: string;
  disabled?: boolean;
  onPick: () => void;
  onRemove: (id: number) => void;
  onRetry: (id: number) => void;
}

const STATUS_TEXT = { uploading: '上传中…', done: '已上传', failed: '上传失败' } as const;

export default function PhotoPicker({ items, remaining, note, error, disabled, onPick, onRemove, onRetry }: PhotoPickerProps) {
  return (
    <Field
      label='现场照片'
      className='photos'
      data-testid='photos'
      hint={`最多 ${MAX_PHOTOS} 张，每张不超过 ${MAX_PHOTO_BYTES / 1024 / 1024}MB。请不要拍摄他人的面部或证件。`}
      error={error}
      errorTestId='error-attachments'
    >
      {items.length ? (
        <View className='photos__grid'>
          {items.map((p, i) => (
            <View key={p.id} className={`photos__item photos__item--${p.status}`} data-testid={`photo-${i}`} data-status={p.status}>
              <PhotoThumb
                testId={`photo-thumb-${i}`}
                src={p.path}
                label={p.status === 'failed' && !p.permanent ? `第${i + 1}张上传失败，点击重试` : `第${i + 1}张，${STATUS_TEXT[p.status]}`}
                onClick={p.status === 'failed' && !p.permanent ? () => onRetry(p.id) : undefined}
              >
                {p.status !== 'done' ? (
                  <Text className='photos__state' data-testid={`photo-state-${i}`} aria-live='polite'>
                    {p.status === 'uploading' ? '上传中…' : p.permanent ? '无法上传' : '失败，点击重试'}
                  </Text>
                ) : null}
              </PhotoThumb>
              {p.status === 'failed' && p.error ? (
                <Text className='photos__error' data-testid={`photo-error-${i}`}>
                  {p.error}
                </Text>
              ) : null}
              <Button className='btn photos__remove' data-testid={`photo-remove-${i}`} disabled={disabled || undefined} onClick={() => onRemove(p.id)}>
                删除
              </Button>
            </View>
          ))}
        </View>
      ) : null}
      {remaining > 0 ? (
        <Button className='btn photos__add' data-testid='photos-add' disabled={disabled || undefined} onClick={onPick}>
          {items.length ? `继续添加（还可添加 ${remaining} 张）` : `添加照片（还可添加 ${remaining} 张）`}
        </Button>
      ) : (
        <Text className='field__hint' data-testid='photos-full'>
          已达到 {MAX_PHOTOS} 张上限
        </Text>
      )}
      {note ? (
        <Text className='field__hint' data-testid='photos-note' aria-live='polite'>
          {note}
        </Text>
      ) : null}
    </Field>
  );
}

/** Read-only thumbnails on a matter page; a tap opens the full-screen viewer. */
export function PhotoGrid({ urls, onOpen }: { urls: string[]; onOpen: (url: string) => void }) {
  if (!urls.length) return null;
  return (
    <View className='photos__grid' data-testid='matter-photos'>
      {urls.map((u, i) => (
        <PhotoThumb key={u} testId={`matter-photo-${i}`} src={u} label={`查看第${i + 1}张照片`} onClick={() => onOpen(u)} />
      ))}
    </View>
  );
}

/**
 * One thumbnail. With an action it is the shared Button (reached with Tab, announced as a button named by `label`,
 * operated with Enter and Space); without one it is an image with that name, not a button that does nothing.
 */
function PhotoThumb({ testId, src, label, onClick, children }: { testId: string; src: string; label: string; onClick?: () => void; children?: ReactNode }) {
  const image = <Image className='photos__img' src={src} mode='aspectFill' aria-hidden='true' />;
  return onClick ? (
    <Button className='photos__thumb' data-testid={testId} aria-label={label} onClick={onClick}>
      {image}
      {children}
    </Button>
  ) : (
    <View className='photos__thumb' data-testid={testId} role='img' aria-label={label}>
      {image}
      {children}
    </View>
  );
}
