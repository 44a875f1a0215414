/**
 * Pages: the main package holds what citizens open first; secondary features go into subpackages so the main
 * package stays small (WeChat: 2 MB per package; scripts/check-package-size.js enforces 1 MB).
 */
/**
 * `HOTLINE_BARE_APP=1` (npm run bench:fcp only) builds one bare Taro + React page with this same configuration, the
 * baseline the home page's first paint is compared with.
 */
const BARE_APP = process.env.HOTLINE_BARE_APP === '1';

/**
 * Citizen pages the home page opens (and the matter page those open) are subpackages of one page each, rooted at the
 * page's own folder: their routes stay `/pages/<name>/index` (platform/navigation.ts ROUTES, WeChat's subscribe
 * messages) while their code, and what only they use (the on-phone emergency classifier, the transition guards,
 * validation, the working-day calendar), leaves the main package every citizen downloads before the first screen.
 * The main package keeps the home page and the privacy notice every first sign-in passes through.
 */
const CITIZEN_SUBPACKAGES = ['submit', 'matters', 'matter', 'knowledge', 'claim'] as const;
const citizenRoot = (name: (typeof CITIZEN_SUBPACKAGES)[number]) => `pages/${name}`;

export default defineAppConfig({
  pages: BARE_APP ? ['pages/bare/index'] : [
    'pages/index/index', // home
    'pages/consent/index', // privacy notice + sign-in
  ],
  subPackages: BARE_APP ? [] : [
    // submit: screening + submission; matters: my matters; matter: detail, supplement, rating, withdraw;
    // knowledge: knowledge-base search; claim: claim a matter registered by telephone.
    ...CITIZEN_SUBPACKAGES.map((name) => ({ root: citizenRoot(name), name, pages: ['index'] })),
    {
      // Staff (center operators, unit clerks, admins): sign-in, queues, matter workbench, statistics dashboard.
      root: 'staff',
      name: 'staff',
      pages: ['pages/login/index', 'pages/queue/index', 'pages/matter/index', 'pages/register/index', 'pages/dashboard/index', 'pages/inbox/index'],
    },
  ],
  // Download what the home page opens while the citizen reads it (any network: the packages are small), and the
  // matter page from the pages that open it, so a tap never waits for a subpackage.
  preloadRule: BARE_APP ? undefined : {
    'pages/index/index': { network: 'all', packages: ['submit', 'matters', 'knowledge', 'claim'] },
    'pages/matters/index': { network: 'all', packages: ['matter'] },
    'pages/submit/index': { network: 'all', packages: ['matter'] },
    'pages/claim/index': { network: 'all', packages: ['matter'] },
  },
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
