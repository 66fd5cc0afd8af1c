import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { stripeBindings, stripeWithoutSourcemaps } from './test/stripe-bindings.ts';

const root = path.resolve(import.meta.dirname, '../..');

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(root, 'migrations'));
  return {
    plugins: [
      stripeWithoutSourcemaps(),
      // A function, so that the Stripe test double's port (started by the globalSetup) reaches the bindings.
      cloudflareTest(({ inject }) => ({
        wrangler: { configPath: path.join(root, 'wrangler.toml') },
        miniflare: {
          bindings: { TEST_MIGRATIONS: migrations, ENVIRONMENT: 'test', ...stripeBindings(inject('stripeLocalPort')) },
          // The redirect Worker's binding to the app's LinkResolver (wrangler.redirect.toml), here to this Worker
          // itself: src/redirect-worker.test.ts calls the redirect Worker's handler with it, over real RPC.
          serviceBindings: { LINKS: { name: 'xuanpin', entrypoint: 'LinkResolver' } },
        },
      })),
    ],
    test: {
      setupFiles: ['./test/apply-migrations.ts'],
      globalSetup: ['./test/stripe-local.setup.ts'],
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: 30_000,
    },
  };
});
