/**
 * Pages: the main package holds what citizens open first; secondary features go into subpackages so the main
 * package stays small (WeChat: 2 MB per package; scripts/check-package-size.js enforces 1 MB).
 */
export default defineAppConfig({
  pages: [
    'pages/index/index', // home
    'pages/consent/index', // privacy notice + sign-in
    'pages/submit/index', // screening + submission
    'pages/matters/index', // my matters
    'pages/matter/index', // matter detail, supplement, rating, withdraw
    'pages/knowledge/index', // knowledge-base search
    'pages/claim/index', // claim a matter registered by telephone
  ],
  subPackages: [
    {
      // Staff (center operators, unit clerks, admins): sign-in, queues, matter workbench, statistics dashboard.
      root: 'staff',
      pages: ['pages/login/index', 'pages/queue/index', 'pages/matter/index', 'pages/register/index', 'pages/dashboard/index', 'pages/inbox/index'],
    },
  ],
  // Inject only the components a page actually uses when it opens (WeChat's 按需注入; the DevTools code-quality check
  // asks for it): less to load before first paint.
  lazyCodeLoading: 'requiredComponents',
  // WeChat requires declaring private-info APIs: the submit page lets citizens pick a location.
  requiredPrivateInfos: ['chooseLocation'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b57a4',
    navigationBarTitleText: '12345 政务服务便民热线',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f3f5f8',
  },
});
