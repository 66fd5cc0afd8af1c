/**
 * `corepack pnpm dev`: the app with demo data on http://127.0.0.1:8787, from a fresh clone.
 * 1. build the web app into web/dist (the Worker serves it as static assets)
 * 2. apply the migrations to the local D1 database (.wrangler/state)
 * 3. load the demo data into that database (idempotent, so every start may run it)
 * 4. run `wrangler dev` in the foreground
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { env, requireNode22, root, run, webBuildReady } from './lib.mjs';

const HOST = '127.0.0.1';
const PORT = 8787;

requireNode22('dev');

async function step(title, command, args, options) {
  console.log(`\n> ${title}`);
  const code = await run(command, args, options);
  if (code !== 0) {
    console.error(`\n${title} failed (exit ${code}).`);
    process.exit(code);
  }
}

// 1. The web app. Until web/ has a build, the API still runs, without pages.
if (webBuildReady()) {
  await step('Building the web app', 'pnpm', ['--filter', '@xuanpin/web', 'build']);
} else {
  console.log('\n> Skipping the web build: web/ has no index.html or build script yet (the API still runs).');
}
// wrangler refuses to start when the assets directory is missing.
mkdirSync(path.join(root, 'web/dist'), { recursive: true });

// 2. Migrations. CI=1 answers wrangler's "apply these migrations?" prompt.
await step('Applying migrations to the local D1 database', 'wrangler', ['d1', 'migrations', 'apply', 'DB', '--local'], {
  env: { ...env, CI: '1' },
});

// 3. Demo data, into the same .wrangler/state the Worker reads. It prints the logins and keys.
await step('Loading demo data', 'tsx', ['scripts/seed.ts']);

// 4. The Worker, in the foreground.
console.log(`
Xuanpin: http://${HOST}:${PORT}
  web app        http://${HOST}:${PORT}/
  API reference  http://${HOST}:${PORT}/docs   (OpenAPI document: /openapi.json)
  health         http://${HOST}:${PORT}/health
  try            curl -H 'authorization: Bearer <a demo key above>' http://${HOST}:${PORT}/v1/me
Stop with Ctrl-C.
`);
// wrangler's own entry, run by this (pinned) Node rather than through the .bin shell shims, so that a signal
// passed on reaches wrangler itself, which passes it on to its workerd.
const wrangler = path.join(root, 'node_modules/wrangler/bin/wrangler.js');
const child = spawn(process.execPath, [wrangler, 'dev', '--ip', HOST, '--port', String(PORT)], { cwd: root, env, stdio: 'inherit' });
// A Ctrl-C in a terminal reaches wrangler directly; signals sent to this process alone are passed on.
process.on('SIGINT', () => child.kill('SIGINT'));
process.on('SIGTERM', () => child.kill('SIGTERM'));
process.on('SIGHUP', () => child.kill('SIGTERM'));
child.on('error', (error) => {
  console.error(`wrangler: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
