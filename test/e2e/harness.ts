/**
 * The e2e harness: the real Worker under `wrangler dev` on a free loopback port, with the real migrations applied to
 * a fresh local D1 in a temporary directory, serving the built web app (web/dist); and Debian's Chromium, driven by
 * playwright-core, that may talk to nothing but that Worker.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Request } from 'playwright-core';
import { startStripeLocal } from '../../packages/stripe-local/src/index.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test/e2e/screenshots');
const HOST = '127.0.0.1';

/** wrangler never phones home here: no telemetry, no Request.cf fetch, no prompt. */
const WRANGLER_ENV = { ...process.env, CI: '1', WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };

function run(command: string, args: string[], what: string) {
  const result = spawnSync(command, args, { cwd: ROOT, env: WRANGLER_ENV, encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

// ---------- The web build ----------

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

/** True when web/dist is missing, lacks the Scalar bundle, or is older than any of its sources. */
export function webBuildStale(): boolean {
  const web = path.join(ROOT, 'web');
  const built = path.join(web, 'dist/index.html');
  if (!existsSync(built) || !existsSync(path.join(web, 'dist/vendor/scalar/standalone.js'))) return true;
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((p) => newestMtime(path.join(web, p)));
  return Math.max(...sources) > statSync(built).mtimeMs;
}

export function buildWeb() {
  run('corepack', ['pnpm', '--filter', '@xuanpin/web', 'build'], 'Building the web app');
}

// ---------- Chromium ----------

/**
 * Debian's Chromium (playwright's own download cannot work offline), installed when missing, with CJK fonts so the
 * Japanese and Chinese screenshots are legible (the assertions read the DOM and pass without them).
 */
export function ensureChromium() {
  if (!existsSync(CHROMIUM)) {
    console.log(`${CHROMIUM} is missing: installing Debian's chromium and CJK fonts (needs root).`);
    const result = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium fonts-noto-cjk'], { stdio: 'inherit' });
    if (result.status !== 0 || !existsSync(CHROMIUM)) throw new Error('Could not install chromium with apt-get.');
  }
  const cjk = spawnSync('fc-list', [':lang=ja'], { encoding: 'utf8' });
  if (cjk.status === 0 && !cjk.stdout.trim()) {
    console.log('No CJK font: Japanese and Chinese screenshots will show boxes (apt-get install -y fonts-noto-cjk).');
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
}

/**
 * A browser context that may reach only the Worker: any request to another host is recorded and aborted,
 * so a test can assert that the page needed nothing from the internet.
 */
export async function isolatedContext(browser: Browser, baseURL: string, options: Parameters<Browser['newContext']>[0] = {}, alsoAllowed: string[] = []) {
  const context = await browser.newContext({ baseURL, ...options });
  const outside: string[] = [];
  // The Worker, and the local parts a flow visits on purpose (stripe-local's checkout page).
  const allowed = [new URL(baseURL).host, ...alsoAllowed.map((u) => new URL(u).host)];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !allowed.includes(url.host)) {
      outside.push(url.href);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  // Requests that bypass routing (service workers, prefetch) are still seen here.
  context.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.hostname !== HOST && !outside.includes(url.href)) {
      outside.push(url.href);
    }
  });
  return { context, outside };
}

export type { Browser, BrowserContext };

// ---------- The Worker ----------

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-40).join('\n') : '(no log)';
  throw new Error(`The Worker did not answer ${url}/health (exit ${child.exitCode}). wrangler's log:\n${tail}`);
}

export interface RunningWorker {
  url: string;
  /** The Stripe test double the Worker's SDK talks to, delivering its webhooks to the Worker. */
  stripeUrl: string;
  persistDir: string;
  stop(): Promise<void>;
}

/** The Worker's Stripe settings in e2e runs (test-mode values for the local double; never real secrets). */
export const E2E_STRIPE_WEBHOOK_SECRET = 'whsec_xuanpin_e2e';

/** Applies the migrations to a fresh local D1 and starts `wrangler dev` on a free port; resolves once /health answers. */
export async function startWorker(): Promise<RunningWorker> {
  const persistDir = mkdtempSync(path.join(tmpdir(), 'xuanpin-e2e-'));
  run('corepack', ['pnpm', 'exec', 'wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistDir], 'Applying migrations');
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const stripe = await startStripeLocal({ port: 0, webhooks: [{ url: `http://${HOST}:${port}/webhooks/stripe`, secret: E2E_STRIPE_WEBHOOK_SECRET }] });
  const stripeVars = {
    STRIPE_SECRET_KEY: 'sk_test_xuanpin_e2e',
    STRIPE_WEBHOOK_SECRET: E2E_STRIPE_WEBHOOK_SECRET,
    STRIPE_API_HOST: HOST,
    STRIPE_API_PORT: String(stripe.port),
    STRIPE_API_PROTOCOL: 'http',
  };
  const log = path.join(persistDir, 'wrangler.log');
  const out = createWriteStream(log);
  const child = spawn(
    'corepack',
    [
      'pnpm', 'exec', 'wrangler', 'dev',
      '--ip', HOST,
      '--port', String(port),
      '--inspector-port', String(inspectorPort),
      '--persist-to', persistDir,
      '--show-interactive-dev-session=false',
      '--log-level', 'info',
      ...Object.entries(stripeVars).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
    ],
    // Its own process group, so stopping it also stops workerd and the other children wrangler starts.
    { cwd: ROOT, env: WRANGLER_ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const url = `http://${HOST}:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
    }
    await stripe.close();
    out.end();
    rmSync(persistDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, log);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, stripeUrl: stripe.url, persistDir, stop };
}
