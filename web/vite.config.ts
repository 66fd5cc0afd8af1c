import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/** Where the Worker listens in development (`wrangler dev`); the Vite dev server forwards API paths to it. */
const WORKER = process.env.XP_WORKER_URL ?? 'http://127.0.0.1:8787';

/**
 * The /docs page (served by the Worker) loads Scalar's standalone bundle from our own static assets so the API
 * reference works without the internet. The bundle is copied from node_modules at build time, never committed.
 */
function scalarStandalone(): Plugin {
  const source = fileURLToPath(new URL('./node_modules/@scalar/api-reference/dist/browser/standalone.js', import.meta.url));
  return {
    name: 'xuanpin:scalar-standalone',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'vendor/scalar/standalone.js', source: readFileSync(source) });
    },
  };
}

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [scalarStandalone()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: {
    proxy: Object.fromEntries(['/v1', '/auth', '/docs', '/openapi.json', '/health', '/vendor'].map((p) => [p, WORKER])),
  },
});
