/**
 * The architecture rules of style.md, checked in CI:
 * - domain code imports no framework, ORM or broker client;
 * - an app never imports another app (services share only libs/contracts, through events);
 * - libs/contracts imports nothing of ours and only class-validator/class-transformer;
 * - libs/regulations (the regulation index) imports nothing;
 * - libraries never import apps.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-framework-free',
      severity: 'error',
      from: { path: '^apps/[^/]+/src/.+/domain/' },
      to: { path: 'node_modules/(@nestjs|typeorm|kafkajs|pg|express|nodemailer|pino)/' },
    },
    {
      name: 'no-app-imports-another-app',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'contracts-is-a-leaf',
      severity: 'error',
      from: { path: '^libs/contracts/' },
      to: { path: '^(apps|libs/(?!contracts/))' },
    },
    {
      name: 'contracts-only-validation-deps',
      severity: 'error',
      from: { path: '^libs/contracts/src' },
      to: { dependencyTypes: ['npm'], pathNot: 'node_modules/(class-validator|class-transformer)/' },
    },
    {
      // The regulation index is plain data and functions: the loket's and the review's domain
      // code may use it, so it imports nothing at all.
      name: 'regulations-is-a-leaf',
      severity: 'error',
      from: { path: '^libs/regulations/' },
      to: { pathNot: '^libs/regulations/' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    { name: 'no-circular-in-domain', severity: 'error', from: { path: '/domain/' }, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|\\.spec\\.ts$|\\.int-spec\\.ts$|/test/)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'default'] },
  },
};
