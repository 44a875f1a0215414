export default definePageConfig({
  navigationBarTitleText: '查找答案',
});
