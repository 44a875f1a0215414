import { fireEvent, render, screen } from '@testing-library/react';
import PhotoPicker, { PhotoGrid } from './index';
import type { PhotoItem } from '../../hooks/usePhotoUploads';

const item = (id: number, over: Partial<PhotoItem> = {}): PhotoItem => ({ id, path: `blob:${id}`, size: 10, contentType: 'image/jpeg', status: 'done', key: `k${id}`, ...over });
const handlers = () => ({ onPick: jest.fn(), onRemove: jest.fn(), onRetry: jest.fn() });

describe('PhotoPicker', () => {
  it('empty: one add button with the count', () => {
    const h = handlers();
    render(<PhotoPicker items={[]} remaining={9} {...h} />);
    fireEvent.click(screen.getByTestId('photos-add'));
    expect(h.onPick).toHaveBeenCalled();
    expect(screen.getByTestId('photos-add').textContent).toBe('添加照片（还可添加 9 张）');
    expect(screen.queryByTestId('photo-0')).toBeNull();
  });

  it('shows each state: uploading, done, failed (tap retries), permanent failure (no retry)', () => {
    const h = handlers();
    render(
      <PhotoPicker
        items={[
          item(1, { status: 'uploading', key: undefined }),
          item(2),
          item(3, { status: 'failed', error: '上传失败，点击重试' }),
          item(4, { status: 'failed', error: '图片超过5MB，请删除后换一张', permanent: true }),
        ]}
        remaining={5}
        {...h}
      />,
    );
    expect(screen.getByTestId('photo-state-0').textContent).toBe('上传中…');
    expect(screen.queryByTestId('photo-state-1')).toBeNull();
    expect(screen.getByTestId('photo-state-2').textContent).toBe('失败，点击重试');
    expect(screen.getByTestId('photo-error-2').textContent).toBe('上传失败，点击重试');
    expect(screen.getByTestId('photo-state-3').textContent).toBe('无法上传');
    expect(screen.getByTestId('photo-error-3').textContent).toContain('5MB');
    fireEvent.click(screen.getByTestId('photo-thumb-0'));
    fireEvent.click(screen.getByTestId('photo-thumb-3'));
    expect(h.onRetry).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('photo-thumb-2'));
    expect(h.onRetry).toHaveBeenCalledWith(3);
    // Only the retryable thumbnail is a button; the others are named images, not buttons that do nothing.
    expect(screen.getAllByRole('button', { name: /第\d张/ }).map((e) => e.dataset.testid)).toEqual(['photo-thumb-2']);
    expect(screen.getByRole('img', { name: '第2张，已上传' })).toBe(screen.getByTestId('photo-thumb-1'));
    fireEvent.click(screen.getByTestId('photo-remove-1'));
    expect(h.onRemove).toHaveBeenCalledWith(2);
    expect(screen.getByTestId('photos-add').textContent).toBe('继续添加（还可添加 5 张）');
    expect(screen.getByTestId('photo-0').getAttribute('data-status')).toBe('uploading');
  });

  it('at the limit: no add button, says so', () => {
    render(<PhotoPicker items={Array.from({ length: 9 }, (_, i) => item(i + 1))} remaining={0} {...handlers()} />);
    expect(screen.queryByTestId('photos-add')).toBeNull();
    expect(screen.getByTestId('photos-full').textContent).toBe('已达到 9 张上限');
  });

  it('disabled while submitting: neither add nor remove', () => {
    const h = handlers();
    render(<PhotoPicker items={[item(1)]} remaining={8} disabled {...h} />);
    fireEvent.click(screen.getByTestId('photos-add'));
    fireEvent.click(screen.getByTestId('photo-remove-0'));
    expect(h.onPick).not.toHaveBeenCalled();
    expect(h.onRemove).not.toHaveBeenCalled();
  });

  it('shows why the album could not open', () => {
    render(<PhotoPicker items={[]} remaining={9} note='现在无法打开相册或相机。' {...handlers()} />);
    expect(screen.getByTestId('photos-note').textContent).toContain('无法打开相册');
  });
});

describe('PhotoGrid', () => {
  it('renders nothing without photos, opens the tapped one', () => {
    const onOpen = jest.fn();
    const { container, rerender } = render(<PhotoGrid urls={[]} onOpen={onOpen} />);
    expect(container.innerHTML).toBe('');
    rerender(<PhotoGrid urls={['https://s3/a', 'https://s3/b']} onOpen={onOpen} />);
    fireEvent.click(screen.getByTestId('matter-photo-1'));
    expect(onOpen).toHaveBeenCalledWith('https://s3/b');
    // Each thumbnail is a real button (reached with Tab) named by what it does.
    expect(screen.getByRole('button', { name: '查看第2张照片' })).toBe(screen.getByTestId('matter-photo-1'));
    expect(screen.getByTestId('matter-photo-0').tagName).toBe('BUTTON');
  });
});
