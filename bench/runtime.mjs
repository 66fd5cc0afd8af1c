/**
 * Runs the built Worker and the baseline Worker side by side in one Miniflare (one workerd process), each on its
 * own loopback socket that goes straight to the Worker (`unsafeDirectSockets`): no `wrangler dev` proxy, no
 * Miniflare entry worker in front, so the runtime's own per-request cost is all that the two have in common.
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

/**
 * @param {{ appEntry: string, baselineEntry: string, shapedEntry: string, persistDir: string }} options
 * @returns the Miniflare instance, the base URLs (app, app without consumer, app dropping its clicks, app with query
 *   counting, the baselines),
 *   the app's D1 binding and the workerd process id.
 */
export async function startRuntime({ appEntry, baselineEntry, shapedEntry, persistDir }) {
  const { Miniflare, Log, LogLevel, convertV4MiniflareOptions, versions } = await importMiniflare();
  const { workerOptions } = unstable_getMiniflareWorkerOptions(path.join(root, 'wrangler.toml'));
  const { assets: _assets, modulesRules: _rules, ...declared } = workerOptions;
  const app = {
    ...declared,
    name: 'app',
    rootPath: path.dirname(appEntry),
    modulesRoot: path.dirname(appEntry),
    modules: [{ type: 'ESModule', path: appEntry }],
    cronTriggers: [],
    unsafeDirectSockets: [{ host: HOST, port: 0 }],
  };
  // The same bundle with the query-counting hook on (`x-db-queries` on every /l/ answer), in its own isolate and
  // on its own socket: the measured app runs without it. Same D1 database and queue, no consumer of its own.
  const counting = {
    ...app,
    name: 'app-counting',
    bindings: { ...app.bindings, BENCH_COUNT_QUERIES: '1' },
    queueConsumers: {},
  };
  // The same bundle whose queue has no consumer: a click is sent exactly as in production (buffered, then sent to
  // the queue with sendBatch) but no consumer then processes it on this core. In production the consumer runs in
  // invocations of its own, not in the isolate answering redirects; in Miniflare everything shares one workerd.
  const parked = {
    ...app,
    name: 'app-parked',
    queueProducers: { EVENTS: { queueName: 'xuanpin-bench-parked' } },
    queueConsumers: {},
  };
  // The parked copy with its clicks dropped instead of queued (`BENCH_DISCARD_CLICKS`): what recording costs.
  const discarding = { ...parked, name: 'app-discarding', bindings: { ...app.bindings, BENCH_DISCARD_CLICKS: '1' } };
  const baseline = {
    name: 'baseline',
    compatibilityDate: declared.compatibilityDate,
    compatibilityFlags: declared.compatibilityFlags,
    rootPath: path.dirname(baselineEntry),
    modulesRoot: path.dirname(baselineEntry),
    modules: [{ type: 'ESModule', path: baselineEntry }],
    unsafeDirectSockets: [{ host: HOST, port: 0 }],
  };
  const shaped = { ...baseline, name: 'baseline-shaped', modules: [{ type: 'ESModule', path: shapedEntry }] };
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      workers: [app, parked, discarding, counting, baseline, shaped],
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
  const appUrl = await mf.unsafeGetDirectURL('app');
  const parkedUrl = await mf.unsafeGetDirectURL('app-parked');
  const countingUrl = await mf.unsafeGetDirectURL('app-counting');
  const discardingUrl = await mf.unsafeGetDirectURL('app-discarding');
  const baselineUrl = await mf.unsafeGetDirectURL('baseline');
  const shapedUrl = await mf.unsafeGetDirectURL('baseline-shaped');
  const db = await mf.getD1Database('DB', 'app');
  await applyMigrations(db);
  return { mf, versions, appUrl, parkedUrl, discardingUrl, countingUrl, baselineUrl, shapedUrl, db, workerdPid: findWorkerd(process.pid) };
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
