import { defineConfig } from 'vitest/config';

/** Node-side tests of the schema, migrations, seed and factories over libSQL (the Worker's tests run in workerd). */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
