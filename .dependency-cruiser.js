/**
 * The architecture rules of style.md, checked in CI (`npm run depcheck`, scripts/test.sh). Each rule
 * is proven to fail on a planted violation by scripts/depcruise/dependency-rules.spec.ts.
 *
 * Inside a service (apps/<service>/src/<area>/, the loket's shape):
 * - `domain` imports only its own area's domain, its service's shared/domain, libs/kernel and the
 *   contracts' vocabulary (`@pb/contracts/vocabulary`: the codes the events carry — outcome,
 *   priority, status — are the domain's vocabulary too; those files import nothing; ADR 0015),
 *   never the event classes, and no framework, ORM or broker client;
 * - `application` imports no `infrastructure` and no `transport`, and no ORM or driver (typeorm,
 *   @nestjs/typeorm, pg): use cases run through the `Transactions` port and pass its handle (`Tx`
 *   of libs/persistence) on to ports;
 * - `transport` touches no database: no TypeORM value (a type-only EntityManager, the transaction
 *   handle a consumer passes on to a port, is fine), no @nestjs/typeorm, no pg, no persistence implementation;
 * - an area imports another area only through its public face: its `*.module.ts` and its
 *   `application/ports/` — never its domain, use cases, infrastructure or transport; a file at a
 *   service's `src/` root too, except the entry points that wire the areas together (ENTRY_POINTS);
 * Between services and libraries:
 * - an app never imports another app (services share only libs/contracts, through events);
 * - a library imports only libraries of a lower layer (LIB_LAYERS below); libraries never import apps;
 * - libs/contracts imports nothing of ours and only class-validator/class-transformer;
 * - libs/regulations (the regulation index) and libs/charts import nothing of ours;
 * - the portal reaches no ORM, database driver or Kafka client (it has neither database nor broker).
 */

/**
 * THE SWITCH. Per layer rule, the services still exempt from it (today's tree breaks it there: they
 * are being moved into the loket's shape). Remove a service once it keeps the rule; when every list
 * is empty, every rule holds for every service. `DEPCRUISE_ALL_APPS=1 npm run depcheck` ignores the
 * lists, to see what is still to do. Violations on 2026-12-01, before the move: application 26
 * (comments 11, proposals 8, review 7), reaching into another area 7 (proposals 1, review 6),
 * domain 1 (review), transport 1 (review). Since stop 18 every list is empty: every rule holds for
 * every service. Keep the switch for the next service that is built outside the shape first.
 */
const NOT_YET_IN_THE_LOKETS_SHAPE = {
  'domain-imports-only-its-domain-kernel-and-contract-vocabulary': [],
  'application-imports-no-infrastructure-or-transport': [],
  'transport-touches-no-database': [],
  'no-reaching-into-another-area': [],
};

/**
 * Files at a service's src/ root that may wire areas together (import any area's internals): the
 * process entries and the root module. `main.ts` starts the service, `app.module.ts` composes the
 * areas' modules (and takes their entity lists, migrations, retention jobs), `replay.ts` is the
 * review's `npm run review:replay` process. Any other root file keeps to the areas' public faces.
 */
const ENTRY_POINTS = ['main', 'app\\.module', 'replay'];

/** The contracts' vocabulary files: the codes the events carry, free of the event classes (ADR 0015). */
const CONTRACT_VOCABULARY = '^libs/contracts/src/((loket/|consultation/|strategy/|privacy/)?vocabulary|regulation-id)\\.ts$';

/** The `from.pathNot` that exempts the services listed for `rule` above. */
const exemptFrom = (rule) => {
  const apps = process.env.DEPCRUISE_ALL_APPS ? [] : NOT_YET_IN_THE_LOKETS_SHAPE[rule];
  return apps.length > 0 ? [`^apps/(${apps.join('|')})/`] : [];
};

/**
 * Library layers, lowest first. A library imports only libraries of a lower layer (libs of one
 * layer do not import each other). What each imports today: persistence → config, kernel,
 * observability; messaging → auth, config, contracts, kernel, observability, persistence; mail →
 * config, persistence; http → auth, config, kernel, observability, persistence; testing → all.
 */
const LIB_LAYERS = [['kernel', 'regulations', 'charts', 'i18n'], ['contracts', 'config', 'observability', 'auth'], ['persistence'], ['messaging', 'mail'], ['http'], ['testing']];

const libLayerRules = LIB_LAYERS.map((layer, i) => ({
  name: 'lib-imports-a-higher-or-sibling-lib',
  comment: `libs/${layer.join(', libs/')} may import only ${i === 0 ? 'no other library' : LIB_LAYERS.slice(0, i).flat().join(', ')}`,
  severity: 'error',
  from: { path: `^libs/(${layer.join('|')})/` },
  to: { path: '^libs/', pathNot: [`^libs/$1/`, ...LIB_LAYERS.slice(0, i).flat().map((lib) => `^libs/${lib}/`)] },
}));

module.exports = {
  forbidden: [
    {
      name: 'domain-is-framework-free',
      severity: 'error',
      from: { path: '^apps/[^/]+/src/.+/domain/' },
      to: { path: 'node_modules/(@nestjs|typeorm|kafkajs|pg|express|nodemailer|pino)/' },
    },
    {
      name: 'domain-imports-only-its-domain-kernel-and-contract-vocabulary',
      severity: 'error',
      from: { path: '^apps/([^/]+)/src/([^/]+)/domain/', pathNot: exemptFrom('domain-imports-only-its-domain-kernel-and-contract-vocabulary') },
      to: { path: '^(apps|libs)/', pathNot: ['^apps/$1/src/$2/domain/', '^apps/$1/src/shared/domain/', '^libs/kernel/', CONTRACT_VOCABULARY] },
    },
    {
      name: 'application-imports-no-infrastructure-or-transport',
      severity: 'error',
      from: { path: '^apps/([^/]+)/src/[^/]+/application/', pathNot: exemptFrom('application-imports-no-infrastructure-or-transport') },
      to: { path: '^apps/$1/src/[^/]+/(infrastructure|transport)/' },
    },
    {
      name: 'application-uses-no-orm',
      comment: 'Use cases take the Transactions port and ports; the handle they pass on is `Tx` of @pb/persistence. Type-only imports count too.',
      severity: 'error',
      from: { path: '^apps/[^/]+/src/[^/]+/application/' },
      to: { path: 'node_modules/(typeorm|@nestjs/typeorm|pg|pg-query-stream)/' },
    },
    {
      name: 'transport-touches-no-database',
      comment: 'No DataSource injection (@nestjs/typeorm), no driver, no persistence implementation.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/src/[^/]+/transport/', pathNot: exemptFrom('transport-touches-no-database') },
      to: { path: ['node_modules/(@nestjs/typeorm|pg|pg-query-stream)/', '^apps/$1/src/[^/]+/infrastructure/persistence/'] },
    },
    {
      name: 'transport-touches-no-database',
      comment: "TypeORM's values (DataSource, EntityManager, Repository …). `import type { EntityManager }` stays allowed: a consumer gets the transaction handle from libs/messaging and passes it to a port.",
      severity: 'error',
      from: { path: '^apps/[^/]+/src/[^/]+/transport/', pathNot: exemptFrom('transport-touches-no-database') },
      to: { path: 'node_modules/typeorm/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-reaching-into-another-area',
      comment:
        "An area's public face is its *.module.ts and its application/ports/. A service's `shared/` (its own vocabulary: shared/domain, shared/transport) is open to all its areas; its migrations may read an area's seed data (infrastructure/seed), the one thing a schema change takes from an area.",
      severity: 'error',
      from: { path: '^apps/([^/]+)/src/([^/]+)/', pathNot: [...exemptFrom('no-reaching-into-another-area'), '^apps/[^/]+/src/migrations/'] },
      to: {
        path: '^apps/$1/src/[^/]+/(domain|application|infrastructure|transport)/',
        pathNot: ['^apps/$1/src/$2/', '^apps/$1/src/[^/]+/application/ports/', '^apps/$1/src/shared/'],
      },
    },
    {
      name: 'no-reaching-into-another-area',
      comment: "A file at src/ root that is no entry point (ENTRY_POINTS): the areas' public faces only.",
      severity: 'error',
      from: { path: '^apps/([^/]+)/src/[^/]+\\.ts$', pathNot: `^apps/[^/]+/src/(${ENTRY_POINTS.join('|')})\\.ts$` },
      to: {
        path: '^apps/$1/src/[^/]+/(domain|application|infrastructure|transport)/',
        pathNot: ['^apps/$1/src/[^/]+/application/ports/', '^apps/$1/src/shared/'],
      },
    },
    {
      name: 'no-reaching-into-another-area',
      comment: "Migrations: an area's seed data only.",
      severity: 'error',
      from: { path: '^apps/([^/]+)/src/migrations/' },
      to: { path: '^apps/$1/src/[^/]+/(domain|application|infrastructure|transport)/', pathNot: ['^apps/$1/src/[^/]+/infrastructure/seed/'] },
    },
    {
      name: 'no-app-imports-another-app',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    ...libLayerRules,
    {
      name: 'contracts-is-a-leaf',
      severity: 'error',
      from: { path: '^libs/contracts/' },
      to: { path: '^(apps|libs/(?!contracts/))' },
    },
    {
      // What a domain may import from the contracts must not bring the event classes, class-validator or anything else along.
      name: 'contract-vocabulary-imports-nothing',
      severity: 'error',
      from: { path: CONTRACT_VOCABULARY },
      to: { pathNot: CONTRACT_VOCABULARY },
    },
    {
      name: 'contracts-only-validation-deps',
      severity: 'error',
      from: { path: '^libs/contracts/src' },
      to: { dependencyTypes: ['npm'], pathNot: 'node_modules/(class-validator|class-transformer)/' },
    },
    {
      // The regulation index is plain data and functions, usable from any layer: no package, no
      // Node module (other libraries are kept out by the layer rule).
      name: 'regulations-is-a-leaf',
      severity: 'error',
      from: { path: '^libs/regulations/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown', 'core'] },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'portal-reaches-no-database-or-broker',
      comment: 'The portal imports @pb/http/core, not @pb/http (which brings the service platform: TypeORM, pg).',
      severity: 'error',
      from: { path: '^apps/portal/src/' },
      to: { path: ['node_modules/(typeorm|@nestjs/typeorm|pg|kafkajs)/', '^libs/(persistence|messaging|mail)/'], reachable: true },
    },
    { name: 'no-circular-in-domain', severity: 'error', from: { path: '/domain/' }, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|\\.spec\\.ts$|\\.int-spec\\.ts$|/test/)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'node', 'default'] },
  },
};
