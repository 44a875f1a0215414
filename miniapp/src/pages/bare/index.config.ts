export default definePageConfig({
  navigationBarTitleText: '12345 政务服务便民热线',
});
