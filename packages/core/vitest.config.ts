import { defineConfig } from 'vitest/config';

/** The pure domain runs anywhere WebCrypto does; its tests run in Node. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
