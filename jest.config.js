/** Jest on ESM TypeScript through @swc/jest (decorator metadata included) (docs/developing.md, "Toolchain"). */
export default {
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: [
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/apps/**/*.spec.ts',
    '<rootDir>/apps/**/*.e2e-spec.ts',
  ],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#tutti/(.*)$': '<rootDir>/libs/$1/src/index.ts',
    // Its ESM build imports JSON without an import attribute, which jest warns about on
    // every import; the CommonJS build is the same code.
    '^libphonenumber-js$': '<rootDir>/node_modules/libphonenumber-js/index.cjs',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'es6' },
      },
    ],
  },
  globalSetup: '<rootDir>/libs/testing/global-setup.mjs',
  globalTeardown: '<rootDir>/libs/testing/global-teardown.mjs',
  testTimeout: 60_000,
  maxWorkers: 2,
};
