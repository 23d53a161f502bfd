// Test tiers (see docs/testing.md): unit and HTTP specs need nothing running; integration specs use the
// real PostgreSQL and Kafka started by infra/local; e2e specs run every service, the portal and a browser.
const { pathsToModuleNameMapper } = require('ts-jest');
const { compilerOptions } = require('./tsconfig.json');

const shared = {
  rootDir: __dirname,
  testEnvironment: 'node',
  setupFiles: ['reflect-metadata'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(compilerOptions.paths, { prefix: '<rootDir>/' }),
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.local/'],
};

module.exports = {
  testSequencer: '<rootDir>/e2e/support/sequencer.js',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/libs/testing/src/integration.global-setup.ts',
      globalTeardown: '<rootDir>/libs/testing/src/integration.global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/libs/testing/src/setup/integration-timeout.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts'],
      testEnvironment: '<rootDir>/e2e/support/environment.js',
      globalSetup: '<rootDir>/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/libs/testing/src/setup/e2e-timeout.ts'],
    },
    // Last of all: the logs every tier above wrote, scanned for personal data (scripts/log-scan).
    { ...shared, displayName: 'log-scan', testMatch: ['<rootDir>/scripts/log-scan/**/*.logscan-spec.ts'] },
  ],
};
