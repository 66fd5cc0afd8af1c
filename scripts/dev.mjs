/**
 * `corepack pnpm dev`: the app with demo data on http://127.0.0.1:8787, from a fresh clone.
 * 1. build the web app into web/dist (the Worker serves it as static assets)
 * 2. apply the migrations to the local D1 database (.wrangler/state)
 * 3. load the demo data into that database (idempotent, so every start may run it)
 * 4. start stripe-local (the Stripe test double) on 127.0.0.1:12111, delivering webhooks to the Worker
 * 5. run `wrangler dev` in the foreground, with the STRIPE_* settings pointing at it
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

// 4. The Stripe test double (packages/stripe-local), delivering its webhooks to the Worker; its state file keeps
// sessions and events across restarts. The Worker gets the STRIPE_* settings as --var flags, not from a file, so
// wrangler.toml stays free of secrets and a developer's own .dev.vars is left alone.
const STRIPE_PORT = 12111;
const STRIPE_WEBHOOK_SECRET = 'whsec_xuanpin_local_dev';
const stripeVars = {
  STRIPE_SECRET_KEY: 'sk_test_xuanpin_local_dev',
  STRIPE_WEBHOOK_SECRET,
  STRIPE_API_HOST: HOST,
  STRIPE_API_PORT: String(STRIPE_PORT),
  STRIPE_API_PROTOCOL: 'http',
};
console.log(`\n> Starting stripe-local (a Stripe test double) on http://${HOST}:${STRIPE_PORT}`);
const stripeLocal = spawn(
  process.execPath,
  [
    path.join(root, 'packages/stripe-local/src/cli.ts'),
    '--port', String(STRIPE_PORT),
    '--host', HOST,
    '--webhook', `http://${HOST}:${PORT}/webhooks/stripe`,
    '--secret', STRIPE_WEBHOOK_SECRET,
    '--state', path.join(root, '.wrangler/stripe-local.json'),
    '--quiet',
  ],
  { cwd: root, env, stdio: 'inherit' },
);
const stripeReady = await (async () => {
  for (let i = 0; i < 100 && stripeLocal.exitCode === null; i++) {
    try {
      if ((await fetch(`http://${HOST}:${STRIPE_PORT}/health`)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
})();
if (!stripeReady) {
  console.error(`\nstripe-local did not start (is port ${STRIPE_PORT} taken by another \`pnpm dev\`?).`);
  stripeLocal.kill('SIGTERM');
  process.exit(1);
}

// 5. The Worker, in the foreground.
console.log(`
Xuanpin: http://${HOST}:${PORT}
  web app        http://${HOST}:${PORT}/
  API reference  http://${HOST}:${PORT}/docs   (OpenAPI document: /openapi.json)
  health         http://${HOST}:${PORT}/health
  stripe-local   http://${HOST}:${STRIPE_PORT}   (a Stripe test double: hosted checkout pays with any test card)
  try            curl -H 'authorization: Bearer <a demo key above>' http://${HOST}:${PORT}/v1/me
Stop with Ctrl-C.
`);
// wrangler's own entry, run by this (pinned) Node rather than through the .bin shell shims, so that a signal
// passed on reaches wrangler itself, which passes it on to its workerd.
const wrangler = path.join(root, 'node_modules/wrangler/bin/wrangler.js');
const vars = Object.entries(stripeVars).flatMap(([k, v]) => ['--var', `${k}:${v}`]);
const child = spawn(process.execPath, [wrangler, 'dev', '--ip', HOST, '--port', String(PORT), ...vars], { cwd: root, env, stdio: 'inherit' });
// A Ctrl-C in a terminal reaches wrangler (and stripe-local) directly; signals sent to this process alone are passed on.
let stopping = false;
const stopBoth = (signal) => {
  stopping = true;
  child.kill(signal);
  stripeLocal.kill(signal);
};
process.on('SIGINT', () => stopBoth('SIGINT'));
process.on('SIGTERM', () => stopBoth('SIGTERM'));
process.on('SIGHUP', () => stopBoth('SIGTERM'));
child.on('error', (error) => {
  console.error(`wrangler: ${error.message}`);
  stripeLocal.kill('SIGTERM');
  process.exit(1);
});
// stripe-local stops with wrangler: it saves its state file on SIGTERM before exiting.
child.on('exit', (code, signal) => {
  stopping = true;
  const done = () => process.exit(code ?? (signal ? 0 : 1));
  if (stripeLocal.exitCode !== null) return done();
  stripeLocal.once('exit', done);
  stripeLocal.kill('SIGTERM');
  setTimeout(() => stripeLocal.kill('SIGKILL'), 3_000).unref();
});
stripeLocal.on('exit', (code) => {
  if (!stopping) console.error(`\nstripe-local stopped (exit ${code}); payments will fail until pnpm dev restarts.`);
});
