/** What scripts/dev.mjs and scripts/test.mjs share. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';

export const root = path.resolve(import.meta.dirname, '..');

/** No telemetry, no fetch of Request.cf data: the machines this runs on reach only package registries. */
export const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };

/** wrangler and vitest need Node 22; `corepack pnpm <script>` puts the pinned Node 22 first on PATH. */
export function requireNode22(script) {
  if (Number(process.versions.node.split('.')[0]) >= 22) return;
  console.error(`Node ${process.version} is too old: run this as \`corepack pnpm ${script}\` (the repo pins Node 22).`);
  process.exit(1);
}

/**
 * Runs a command (binaries come from node_modules/.bin, which pnpm puts first on PATH) with the output
 * shown, and resolves with its exit code; a command that cannot start or is killed counts as exit 1.
 */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit', ...options });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** True once web/ has a build script and its Vite entry, web/index.html. */
export function webBuildReady() {
  const web = JSON.parse(readFileSync(path.join(root, 'web/package.json'), 'utf8'));
  return Boolean(web.scripts?.build) && existsSync(path.join(root, 'web/index.html'));
}
