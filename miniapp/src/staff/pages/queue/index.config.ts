export default definePageConfig({
  navigationBarTitleText: '工作队列',
  enablePullDownRefresh: true,
  onReachBottomDistance: 120,
});
