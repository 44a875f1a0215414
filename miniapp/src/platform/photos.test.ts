import Taro from '@tarojs/taro';
import { choosePhotos, photoContentType, previewPhotos, uploadPhoto } from './photos';

const T = Taro as unknown as Record<string, jest.Mock>;

beforeAll(() => {
  // The shared stub has no uploadFile/previewImage: add them for this file.
  T.uploadFile = jest.fn();
  T.previewImage = jest.fn(async () => ({ errMsg: 'previewImage:ok' }));
});
beforeEach(() => jest.clearAllMocks());

describe('photos adapter', () => {
  it('chooses compressed photos, at most `count`, with their content type', async () => {
    T.chooseImage.mockResolvedValueOnce({
      tempFiles: [
        { path: 'blob:http://h5/1', size: 10, type: 'image/png' },
        { path: 'http://tmp/abc.jpg', size: 20 },
        { path: 'http://tmp/x.gif', size: 30 },
      ],
    });
    const r = await choosePhotos(2);
    expect(T.chooseImage).toHaveBeenCalledWith({ count: 2, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    expect(r).toEqual({
      status: 'ok',
      photos: [
        { path: 'blob:http://h5/1', size: 10, contentType: 'image/png' },
        { path: 'http://tmp/abc.jpg', size: 20, contentType: 'image/jpeg' },
      ],
    });
  });

  it('cancel and refusal are results, not errors', async () => {
    T.chooseImage.mockRejectedValueOnce({ errMsg: 'chooseImage:fail cancel' });
    expect(await choosePhotos(3)).toEqual({ status: 'cancelled' });
    T.chooseImage.mockRejectedValueOnce({ errMsg: 'chooseImage:fail auth deny' });
    expect(await choosePhotos(3)).toEqual({ status: 'unavailable' });
    expect(await choosePhotos(0)).toEqual({ status: 'ok', photos: [] });
  });

  it('maps formats', () => {
    expect(photoContentType('a.JPEG')).toBe('image/jpeg');
    expect(photoContentType('a.webp')).toBe('image/webp');
    expect(photoContentType('a.heic')).toBeNull();
    expect(photoContentType('blob:x', 'image/heic')).toBeNull();
    expect(photoContentType('blob:x', 'image/jpeg')).toBe('image/jpeg');
  });

  it('posts the presigned form with the file as part `file`, without cookies; 2xx is success', async () => {
    T.uploadFile.mockResolvedValueOnce({ statusCode: 204, data: '' });
    const target = { url: 'https://bucket/', fields: { key: 'uploads/k.jpg', Policy: 'p' } };
    expect(await uploadPhoto(target, 'blob:1')).toEqual({ ok: true });
    expect(T.uploadFile).toHaveBeenCalledWith(expect.objectContaining({ url: 'https://bucket/', filePath: 'blob:1', name: 'file', formData: target.fields, withCredentials: false }));
    T.uploadFile.mockResolvedValueOnce({ statusCode: 403, data: '<Error/>' });
    expect(await uploadPhoto(target, 'blob:1')).toEqual({ ok: false, status: 403 });
    T.uploadFile.mockRejectedValueOnce({ errMsg: 'uploadFile:fail timeout' });
    expect(await uploadPhoto(target, 'blob:1')).toEqual({ ok: false });
  });

  it('previews all photos starting at the tapped one', () => {
    previewPhotos(['a', 'b'], 'b');
    expect(T.previewImage).toHaveBeenCalledWith({ urls: ['a', 'b'], current: 'b' });
  });
});
