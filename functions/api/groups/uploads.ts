/** Routes of the `uploads` function (serverless.yml): Presigned photo uploads (docs/rules.md §2 attachments; UploadRole). Part of the one table, functions/api/routes.ts. */
import { ok, me, type AppWith, type Route } from '../route';

/** The parts of the app these routes use: functions/http/uploads.ts composes exactly these. */
export type UploadsApp = AppWith<'photos'>;

export const UPLOADS_ROUTES: readonly Route<UploadsApp>[] = [
  {
    method: 'POST',
    path: '/v1/uploads',
    example: { body: { contentType: 'image/jpeg', size: 245760 } },
    roles: ['citizen'],
    fn: 'uploads',
    summary: '上传图片：取得直传对象存储的预签名表单（每张 ≤ 5 MB，JPG/PNG/WebP，10 分钟内有效；提交诉求时在 attachments 中带上返回的 key，最多 9 张）',
    handle: async (app, req) => ok(await app.photos.presign(me(req), req.body, req.now), 201),
  },
];
