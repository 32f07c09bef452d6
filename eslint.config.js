// Type-aware rules (typescript-eslint's recommendedTypeChecked) with zero warnings, imports in
// one order, and the project's boundary: only repositories (and seeding code) touch a database.
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

/** What reaches a database: a tenant client, its transaction, or the generated Prisma types. */
const databaseClients = {
  paths: [
    {
      name: '#tutti/tenancy',
      importNames: ['TenantDb', 'TenantPrismaClient', 'TenantTransaction'],
      message: 'Only *.repository.ts (and *.seed.ts) may reach a tenant database.',
    },
  ],
  patterns: [
    {
      group: ['**/generated/**', '**/tenant-db.js', '**/control-db.js', '@prisma/client*'],
      message: 'Only *.repository.ts (and *.seed.ts) may reach a database or its Prisma types.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '**/generated/**',
      '.data/**',
      'libs/testing/*.mjs',
      'scripts/*.mjs',
      'jest.config.js',
      'eslint.config.js',
      'apps/web/src/api/schema.d.ts',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['**/*.ts', 'apps/web/**/*.tsx'] })),
  {
    files: ['**/*.ts', 'apps/web/**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'simple-import-sort': simpleImportSort },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      'simple-import-sort/imports': [
        'error',
        { groups: [['^node:'], ['^@?\\w'], ['^#tutti/'], ['^\\.']] },
      ],
      'simple-import-sort/exports': 'error',
      'no-restricted-imports': ['error', databaseClients],
    },
  },
  {
    // Where the database is reached by design: repositories, seed contributions, the
    // tenancy and control-plane plumbing that hands out clients, migrations, and measuring
    // and testing code that must look at rows directly.
    files: [
      '**/*.repository.ts',
      '**/*.seed.ts',
      'libs/tenancy/src/request/tenant-db.ts',
      'libs/tenancy/src/request/unit-of-work.ts',
      'libs/tenancy/src/request/tenant-job-runner.ts',
      'libs/tenancy/src/request/tenancy.middleware.ts',
      'libs/tenancy/src/pool/**',
      'libs/tenancy/src/lifecycle/tenant-seeds.ts',
      'libs/tenancy/src/tenancy.module.ts',
      'libs/tenancy/src/index.ts',
      'libs/control-plane/src/**',
      'libs/migrations/src/**',
      // The one error filter maps Prisma's errors by their class.
      'libs/common/src/error.filter.ts',
      'bench/**',
      '**/*.spec.ts',
      '**/*.e2e-spec.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Tests read supertest's bodies, which are `any` by design; asserting on them is the test.
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'libs/testing/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The web app's imports: libraries, then its own modules (relative).
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    rules: {
      'simple-import-sort/imports': ['error', { groups: [['^\\u0000'], ['^node:'], ['^@?\\w'], ['^\\.']] }],
      'no-restricted-imports': 'off',
    },
  },
);
