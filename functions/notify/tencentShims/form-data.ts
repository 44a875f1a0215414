/**
 * Bundle-time stand-in for `form-data` inside the Tencent Cloud SDK (serverless.yml `custom.esbuild.alias`): it is used
 * only for multipart API calls, which SendSms is not, and its MIME database is ~130 KiB of every bundle with SMS.
 */
export default class MultipartNotBundled {
  constructor() {
    throw new Error('multipart requests are not bundled with the Tencent Cloud client (SendSms sends JSON)');
  }
}
