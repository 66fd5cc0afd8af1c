/**
 * `corepack pnpm fault-sim [--seeds N] [--ops M] [--seed S] [--first F] [--jobs J] [--verbose] [--json FILE]`
 *
 * The seeded fault simulation of the order pipeline and the ledger (issue 5, "Proof"): for each seed, a fresh
 * libSQL `:memory:` database with the real migrations, M random operations through the real services, a failure
 * injected into some batches, and the invariants checked after every operation (see scripts/fault-sim/).
 * A failing seed prints `seed=<n> op=<k>` and the problems; `--seed <n>` replays exactly that seed (with
 * `--verbose`, every operation as it runs). Exits 1 when any seed found a problem.
 * Seeds run in `--jobs` worker threads (default: 2, or 1 on a single core); each seed is independent.
 * `--json FILE` writes the counts in the shape of a vitest JSON report (a seed is a test) for scripts/test.mjs.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { runSeed, type SeedResult } from './fault-sim/run';

if (!isMainThread) {
  // A worker: run its share of the seeds, one result message each.
  const { seeds, ops } = workerData as { seeds: number[]; ops: number };
  for (const seed of seeds) parentPort!.postMessage(await runSeed(seed, ops));
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '1000' },
    ops: { type: 'string', default: '200' },
    seed: { type: 'string' },
    first: { type: 'string', default: '1' },
    jobs: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const ops = Number(values.ops);
const seeds = values.seed !== undefined ? [Number(values.seed)] : Array.from({ length: Number(values.seeds) }, (_, i) => Number(values.first) + i);
const jobs = Math.max(1, Math.min(seeds.length, values.seed !== undefined ? 1 : Number(values.jobs ?? Math.min(2, os.availableParallelism()))));
if (!Number.isInteger(ops) || ops < 1 || seeds.some((s) => !Number.isInteger(s) || s < 0) || !Number.isInteger(jobs)) {
  console.error('usage: fault-sim [--seeds N] [--ops M] [--seed S] [--first F] [--jobs J] [--verbose] [--json FILE]');
  process.exit(2);
}

const started = performance.now();
const failures: SeedResult[] = [];
const totals: Record<string, number> = {};
let done = 0;
let lastReport = started;

function collect(result: SeedResult) {
  done += 1;
  for (const [k, v] of Object.entries(result.stats)) totals[k] = (totals[k] ?? 0) + v;
  if (!result.ok) {
    failures.push(result);
    console.log(`\nseed=${result.seed} op=${result.op}`);
    for (const p of result.problems ?? []) console.log(`  ${p}`);
    console.log('  last operations:');
    for (const l of result.log.slice(-12)) console.log(`    ${l}`);
    console.log(`  replay: corepack pnpm fault-sim --seed ${result.seed} --ops ${ops} --verbose`);
  }
  if (performance.now() - lastReport > 15_000) {
    lastReport = performance.now();
    console.log(`fault-sim: ${done}/${seeds.length} seeds, ${failures.length} failing, ${((lastReport - started) / 1000).toFixed(0)} s`);
  }
}


if (jobs === 1) {
  for (const seed of seeds) collect(await runSeed(seed, ops, { verbose: values.verbose }));
} else {
  await Promise.all(
    Array.from({ length: jobs }, (_, j) => {
      const share = seeds.filter((_, i) => i % jobs === j);
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { seeds: share, ops } });
        let got = 0;
        worker.on('message', (result: SeedResult) => {
          got += 1;
          collect(result);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0 || got !== share.length) reject(new Error(`fault-sim worker ${j} exited with ${code} after ${got}/${share.length} seeds`));
          else resolve();
        });
      });
    }),
  );
}

const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage();
const summary = {
  seeds: seeds.length,
  ops,
  jobs,
  violations: failures.length,
  failingSeeds: failures.map((f) => ({ seed: f.seed, op: f.op })),
  seconds: Number(seconds.toFixed(1)),
  /** CPU seconds of the process, every thread (user + system): on a shared machine, the steadier measure of the work. */
  cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
  opsPerSecond: Math.round((seeds.length * ops) / seconds),
  totals,
};
console.log(
  `\nfault-sim: ${summary.seeds} seeds × ${ops} ops in ${jobs} thread${jobs > 1 ? 's' : ''}, ${summary.violations} violating, ` +
    `${summary.seconds} s (${summary.opsPerSecond} ops/s; ${summary.cpuSeconds} s CPU)\n` +
    `  ${Object.entries(totals)
      .sort()
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
);
if (values.json) {
  writeFileSync(
    values.json,
    JSON.stringify({ numPassedTests: seeds.length - failures.length, numFailedTests: failures.length, numPendingTests: 0, numTodoTests: 0, faultSim: summary }, null, 2),
  );
}
process.exit(failures.length ? 1 : 0);
