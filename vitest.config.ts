import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'packages/web/e2e/**/*.test.ts',
      'bench/**/*.test.ts',
      'tools/**/*.test.js',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration tests start servers and databases; two cores, so keep the pool small.
    maxWorkers: 2,
    globalSetup: ['packages/server/test/global-setup.ts'],
  },
});
