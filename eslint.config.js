// Lint rules for the whole monorepo (flat config, typescript-eslint without type information so it
// stays fast on two cores; `tsc --noEmit` does the type checking).
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.local/**', 'coverage/**', 'test-artifacts/**', 'docs/**', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Transport translates and application orchestrates: neither runs SQL. The handle either may
    // hold (a consumer's type-only EntityManager, a use case's Tx) is passed on to ports, never
    // queried — and a call on a type-only import is invisible to the dependency rules, so the
    // calls themselves are refused here (proven by scripts/depcruise/sql-calls.spec.ts).
    files: ['apps/*/src/**/transport/**/*.ts', 'apps/*/src/**/application/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(query|createQueryBuilder|createQueryRunner|getRepository|transaction)$/]',
          message: 'No SQL in transport/ or application/: a port in application/ports/, its implementation in infrastructure/persistence/ (use cases take the Transactions port).',
        },
        {
          selector: 'Identifier[name=/^(DataSource|QueryRunner|InjectDataSource|InjectRepository)$/]',
          message: "No DataSource, QueryRunner or injected repository in transport/ or application/: a port, implemented in infrastructure/persistence/.",
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts', 'e2e/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
