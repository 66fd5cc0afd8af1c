/**
 * Runs the built Workers (the app and the redirect Worker) and the baseline Workers side by side in one Miniflare
 * (one workerd process), each on its own loopback socket that goes straight to the Worker (`unsafeDirectSockets`):
 * no `wrangler dev` proxy, no Miniflare entry worker in front, so the runtime's own per-request cost is all that
 * they have in common.
 *
 * The app gets what wrangler.toml declares (D1 `DB` with the real migrations, the `EVENTS` queue and its consumer,
 * vars), read through wrangler's own config-to-Miniflare conversion; static assets are left out (the redirect
 * never serves them).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { root } from '../scripts/lib.mjs';

const HOST = '127.0.0.1';

/** Miniflare as wrangler itself uses it (its own dependency), so the bench runs the workerd that tests and dev run. */
async function importMiniflare() {
  const fromWrangler = createRequire(path.join(root, 'node_modules/wrangler/package.json'));
  const entry = fromWrangler.resolve('miniflare');
  const pkg = JSON.parse(readFileSync(path.join(entry.slice(0, entry.lastIndexOf('/dist/')), 'package.json'), 'utf8'));
  return { ...(await import(pathToFileURL(entry).href)), versions: { miniflare: pkg.version, workerd: pkg.dependencies?.workerd } };
}

/** A Worker of its own on its own loopback socket, from a bundled entry module. */
function bundled(name, entry) {
  return {
    name,
    rootPath: path.dirname(entry),
    modulesRoot: path.dirname(entry),
    modules: [{ type: 'ESModule', path: entry }],
    unsafeDirectSockets: [{ host: HOST, port: 0 }],
  };
}

/**
 * @param {{ appEntry: string, redirectEntry: string, baselineEntry: string, shapedEntry: string, persistDir: string }} options
 * @returns the Miniflare instance, the base URLs (the app; the redirect Worker with the app consuming its clicks,
 *   without a consumer, dropping its clicks, with query counting; the app's own /l/ without a consumer; the
 *   baselines), the app's D1 binding and the workerd process id.
 */
export async function startRuntime({ appEntry, redirectEntry, baselineEntry, shapedEntry, persistDir }) {
  const { Miniflare, Log, LogLevel, convertV4MiniflareOptions, versions } = await importMiniflare();
  const { workerOptions } = unstable_getMiniflareWorkerOptions(path.join(root, 'wrangler.toml'));
  const { assets: _assets, modulesRules: _rules, ...declared } = workerOptions;
  const app = { ...declared, ...bundled('app', appEntry), cronTriggers: [] };
  // A queue no consumer reads: a click is sent exactly as in production (buffered, then sent to the queue with
  // sendBatch) but no consumer then processes it on this core. In production the consumer runs in invocations of
  // its own, not in the isolate answering redirects; in Miniflare everything shares one workerd.
  const PARKED = { EVENTS: { queueName: 'xuanpin-bench-parked' } };
  // The redirect Worker as wrangler.redirect.toml declares it: the app's queue (consumed by `app`), its cache
  // misses answered by the app's LinkResolver.
  const fromRedirectConfig = unstable_getMiniflareWorkerOptions(path.join(root, 'wrangler.redirect.toml')).workerOptions;
  const redirect = {
    ...bundled('redirect', redirectEntry),
    compatibilityDate: fromRedirectConfig.compatibilityDate,
    compatibilityFlags: fromRedirectConfig.compatibilityFlags,
    queueProducers: fromRedirectConfig.queueProducers,
    serviceBindings: { LINKS: { ...fromRedirectConfig.serviceBindings.LINKS, name: 'app' } },
  };
  // The measured hot path: the redirect Worker, its queue parked.
  const parked = { ...redirect, name: 'redirect-parked', queueProducers: PARKED };
  // The same with its clicks dropped instead of queued (`BENCH_DISCARD_CLICKS`): what recording costs.
  const discarding = { ...parked, name: 'redirect-discarding', bindings: { BENCH_DISCARD_CLICKS: '1' } };
  // The same with the query-counting hook on (`x-db-queries` on every answer, counted by the LinkResolver too).
  const counting = { ...parked, name: 'redirect-counting', bindings: { BENCH_COUNT_QUERIES: '1' } };
  // The app's own /l/ (the same handler, in the app's bundle), its queue parked: what the redirect Worker saves.
  const inApp = { ...app, name: 'app-parked', queueProducers: PARKED, queueConsumers: {} };
  const baseWorker = (name, entry) => ({
    ...bundled(name, entry),
    compatibilityDate: declared.compatibilityDate,
    compatibilityFlags: declared.compatibilityFlags,
  });
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      workers: [app, redirect, parked, discarding, counting, inApp, baseWorker('baseline', baselineEntry), baseWorker('baseline-shaped', shapedEntry)],
      host: HOST,
      port: 0,
      // No Request.cf download (the machine reaches only package registries): a local placeholder object.
      cf: false,
      log: new Log(LogLevel.WARN),
      logRequests: false,
      telemetry: { enabled: false },
      // D1 and queue state live in this run's own temporary directory, removed afterwards.
      resourcePersistencePath: persistDir,
      resourceTmpPath: persistDir,
    }),
  );
  await mf.ready;
  const url = (name) => mf.unsafeGetDirectURL(name);
  const urls = {
    appUrl: await url('app'),
    redirectUrl: await url('redirect'),
    parkedUrl: await url('redirect-parked'),
    discardingUrl: await url('redirect-discarding'),
    countingUrl: await url('redirect-counting'),
    inAppUrl: await url('app-parked'),
    baselineUrl: await url('baseline'),
    shapedUrl: await url('baseline-shaped'),
  };
  const db = await mf.getD1Database('DB', 'app');
  await applyMigrations(db);
  return { mf, versions, ...urls, db, workerdPid: findWorkerd(process.pid) };
}

/** The real migrations, in order, each file as one D1 batch (split as drizzle-kit writes them). */
async function applyMigrations(db) {
  const dir = path.join(root, 'migrations');
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  for (const file of files) {
    const statements = readFileSync(path.join(dir, file), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter(Boolean);
    await db.batch(statements.map((s) => db.prepare(s)));
  }
  return files;
}

/** The workerd process Miniflare started (a child of this process), to pin it to a core. */
function findWorkerd(parentPid) {
  try {
    const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(parentPid)], { encoding: 'utf8' });
    const line = out.split('\n').find((l) => l.trim().endsWith('workerd'));
    return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
  } catch {
    return undefined;
  }
}
