export default definePageConfig({
  navigationBarTitleText: '认领电话诉求',
});
