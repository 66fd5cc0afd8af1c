import { defineConfig } from 'vitest/config';

/** The server is plain Node (node:http); its tests drive it with the real `stripe` SDK over loopback HTTP. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
