/**
 * The redirect against the baseline on a warm link: throughput and latency in rounds of short runs interleaved
 * between the targets (so drift in the machine's load falls on all alike), and the D1 queries a warm redirect makes.
 *
 * Targets, all on the same workerd core:
 *   baseline  a bare 302 (bench/baseline-worker.js)
 *   redirect  the redirect Worker's `/l/<code>` (wrangler.redirect.toml, the Worker that serves links), its clicks
 *             sent to a queue whose consumer runs elsewhere (as in production, where the consumer's invocations do
 *             not share the redirecting isolate): the hot path
 *   redirect.with_consumer  the same, with the app's queue consumer inserting the clicks into D1 on the same core
 *   baseline.shaped  the redirect's exact response with no lookup and no recording (bench/baseline-shaped-worker.js)
 *   redirect.no_recording  the redirect Worker with its clicks dropped instead of queued: what recording costs
 *   redirect.in_app  the app's own `/l/<code>` (the same handler in the app's bundle), its queue parked
 */
import { waitForDrain } from './drain.mjs';
import { median, quantile } from './figures.mjs';
import { cpuSeconds, runWrk } from './load.mjs';

const HEADERS = { 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0 Safari/537.36 check', 'CF-Connecting-IP': '192.0.2.1' };

/** Checks that each target answers what is measured: a 302 (the app's to the destination with its click id). */
async function check(url, destination) {
  const res = await fetch(url, { redirect: 'manual', headers: HEADERS });
  const body = await res.text();
  const location = res.headers.get('location') ?? '';
  if (res.status !== 302 || (destination && !location.startsWith(destination))) {
    const expected = `a 302 to ${destination ?? 'anywhere'}`;
    throw new Error(`GET ${url} answered ${res.status} (Location: ${location || 'none'}), not ${expected}: ${body.slice(0, 300)}`);
  }
  return location;
}

/**
 * D1 statements per redirect, as the Worker's own counting hook reports them (`x-db-queries`, on the counting
 * copy of the redirect Worker, which adds the statements its LinkResolver calls ran): the first request of a link (cold: the cache's miss path), then `n` more (warm).
 */
async function measureQueries(countingUrl, code, n) {
  const url = new URL(`/l/${code}`, countingUrl);
  const one = async (i) => {
    const ip = `198.51.${Math.floor(i / 256) % 256}.${i % 256}`;
    const res = await fetch(url, { redirect: 'manual', headers: { 'User-Agent': `Mozilla/5.0 Chrome/131.0.0.0 q/${i}`, 'CF-Connecting-IP': ip } });
    await res.arrayBuffer();
    const header = res.headers.get('x-db-queries');
    if (res.status !== 302 || header === null) throw new Error(`the counting hook did not answer (status ${res.status}, x-db-queries ${header})`);
    return Number(header);
  };
  const cold = await one(0);
  let warm = 0;
  for (let i = 1; i <= n; i++) warm += await one(i);
  return { cold, warm: warm / n, requests: n };
}

/**
 * @param ctx {{ rt, plan, seeded, figures, settings: { seconds, soloSeconds, rounds, slices, connections, warmupSeconds } }}
 */
export async function benchRedirect({ rt, plan, seeded, figures, settings }) {
  const path = `/l/${seeded.warm.code}`;
  const targets = {
    baseline: new URL(path, rt.baselineUrl),
    redirect: new URL(path, rt.parkedUrl),
    'redirect.with_consumer': new URL(path, rt.appUrl),
    'baseline.shaped': new URL(path, rt.shapedUrl),
    'redirect.no_recording': new URL(path, rt.discardingUrl),
    'redirect.in_app': new URL(path, rt.inAppUrl),
  };
  const expected = { baseline: undefined, 'baseline.shaped': 'https://shop.example.test/' };
  for (const [name, url] of Object.entries(targets)) {
    const location = await check(url, name in expected ? expected[name] : seeded.destination);
    console.log(`  ${name.padEnd(22)} GET ${path} -> 302 ${location}`);
  }

  const queries = await measureQueries(rt.countingUrl, seeded.warm.code, 1000);
  figures.add('redirect.db_queries_warm', queries.warm, 'queries/request', { digits: 3 });
  figures.add('redirect.db_queries_cold', queries.cold, 'queries/request', { context: true });

  // After a run of the Worker with the consumer, wait until the consumer is idle (the rows stop changing for longer
  // than the sink's delay plus the queue's batch timeout): the clicks of one run are not the next run's cost.
  const settle = () => waitForDrain(rt.db, seeded.warm.id, { stallMs: 1500, maxMs: 60_000 });
  const names = Object.keys(targets);
  const producesRows = (name) => name === 'redirect.with_consumer';

  // Warm-up (discarded): JIT of each Worker, the app's link cache, the connections.
  const { seconds, soloSeconds, rounds, slices, connections, warmupSeconds } = settings;
  for (const name of names) {
    await runWrk(plan, targets[name], { seconds: warmupSeconds, connections, prefix: `w-${name}` });
    if (producesRows(name)) await settle();
  }

  /**
   * One measurement of every target, cut into `count` short runs that alternate between the targets (the order
   * rotating from slice to slice), so that a burst of other work on the machine falls on all of them alike.
   * Returns per target: req/s and workerd CPU µs per request (sums over the slices), the median p50 and p99, and
   * each slice's own figures (for the paired ratios below).
   */
  const interleaved = async (tag, { count, sliceSeconds, conns }) => {
    const acc = Object.fromEntries(names.map((n) => [n, { requests: 0, seconds: 0, cpu: 0, p50: [], p99: [], slices: [] }]));
    for (let k = 0; k < count; k++) {
      for (const name of [...names.slice(k % names.length), ...names.slice(0, k % names.length)]) {
        const cpuBefore = cpuSeconds(rt.workerdPid);
        const r = await runWrk(plan, targets[name], { seconds: sliceSeconds, connections: conns, prefix: `${name}-${tag}-${k}` });
        // The consumer's work for this slice's clicks is this slice's cost: CPU is read once it is idle again.
        if (producesRows(name)) await settle();
        const a = acc[name];
        const cpu = cpuBefore === undefined ? NaN : cpuSeconds(rt.workerdPid) - cpuBefore;
        a.requests += r.requests;
        a.seconds += r.requests / r.rps;
        a.cpu += cpu;
        a.p50.push(r.p50);
        a.p99.push(r.p99);
        a.slices[k] = { rps: r.rps, cpu: (cpu * 1e6) / r.requests, p50: r.p50, p99: r.p99 };
      }
    }
    return Object.fromEntries(
      names.map((n) => {
        const a = acc[n];
        const summary = { rps: a.requests / a.seconds, cpu: (a.cpu * 1e6) / a.requests, p50: median(a.p50), p99: median(a.p99) };
        return [n, { ...summary, requests: a.requests, slices: a.slices }];
      }),
    );
  };

  const results = [];
  for (let i = 0; i < rounds; i++) {
    // Throughput: enough connections to keep the Worker busy. Latency: one connection, so that what is timed is
    // the request itself and not its wait behind others (under saturation, latency is queueing: c ÷ req/s).
    const load = await interleaved(`${i}t`, { count: slices, sliceSeconds: Math.max(1, Math.round(seconds / slices)), conns: connections });
    // Latency in one-second slices (the shortest wrk runs), as many as the seconds: more pairs for the median.
    const solo = await interleaved(`${i}l`, { count: soloSeconds, sliceSeconds: 1, conns: 1 });
    const round = {};
    for (const name of names) {
      const cpu = Number.isFinite(load[name].cpu) ? load[name].cpu : undefined;
      round[name] = { rps: load[name].rps, cpu, p50: solo[name].p50, p99: solo[name].p99, loaded: load[name], solo: solo[name] };
      console.log(
        `  round ${i + 1} ${name.padEnd(22)} ${load[name].rps.toFixed(0).padStart(6)} req/s (${connections} conns)  ` +
          `p50 ${solo[name].p50.toFixed(3)} ms  p99 ${solo[name].p99.toFixed(3)} ms (1 conn)` +
          (cpu === undefined ? '' : `  workerd CPU ${cpu.toFixed(1)} us/request`),
      );
    }
    results.push(round);
  }

  /**
   * A ratio is taken slice by slice: each slice of a target against the same slice of the one it is compared with,
   * run seconds apart, so that drift in the machine's load between slices (this is a shared VM) cancels; the figure
   * is the median over every slice of every round. Throughput and CPU come from the loaded slices, latency from the
   * one-connection ones. `q` picks a quantile other than the median (the spread, as context).
   */
  const pairs = (name, key, against) =>
    results.flatMap((r) => {
      const run = key === 'rps' || key === 'cpu' ? 'loaded' : 'solo';
      const mine = r[name][run].slices;
      const theirs = r[against][run].slices;
      // CPU per request inverts: baseline ÷ target reads like req/s ÷ req/s.
      return mine.map((s, k) => (key === 'cpu' ? theirs[k].cpu / s.cpu : s[key] / theirs[k][key]));
    });
  const ratio = (name, key, against = 'baseline', q = 0.5) => quantile(pairs(name, key, against), q);
  const abs = (name, key) => median(results.map((r) => r[name][key]));
  figures.add('redirect.rps_ratio', ratio('redirect', 'rps'), 'ratio', { digits: 3 });
  figures.add('redirect.p50_ratio', ratio('redirect', 'p50'), 'ratio', { digits: 3 });
  figures.add('redirect.p99_ratio', ratio('redirect', 'p99'), 'ratio', { digits: 3 });
  // How far apart the slices' ratios fall: their first and third quartiles.
  for (const key of ['rps', 'p50']) {
    figures.add(`redirect.${key}_ratio_q1`, ratio('redirect', key, 'baseline', 0.25), 'ratio', { context: true, digits: 3 });
    figures.add(`redirect.${key}_ratio_q3`, ratio('redirect', key, 'baseline', 0.75), 'ratio', { context: true, digits: 3 });
  }
  figures.add('redirect.with_consumer.rps_ratio', ratio('redirect.with_consumer', 'rps'), 'ratio', { context: true, digits: 3 });
  figures.add('redirect.with_consumer.p50_ratio', ratio('redirect.with_consumer', 'p50'), 'ratio', { context: true, digits: 3 });
  figures.add('redirect.with_consumer.p99_ratio', ratio('redirect.with_consumer', 'p99'), 'ratio', { context: true, digits: 3 });
  figures.add('redirect.no_recording.rps_ratio', ratio('redirect.no_recording', 'rps'), 'ratio', { context: true, digits: 3 });
  figures.add('redirect.no_recording.p50_ratio', ratio('redirect.no_recording', 'p50'), 'ratio', { context: true, digits: 3 });
  figures.add('redirect.in_app.rps_ratio', ratio('redirect.in_app', 'rps'), 'ratio', { context: true, digits: 3 });
  figures.add('redirect.in_app.p50_ratio', ratio('redirect.in_app', 'p50'), 'ratio', { context: true, digits: 3 });
  if (results.every((r) => names.every((n) => r[n].cpu !== undefined))) {
    // The throughput ratio as CPU time predicts it (baseline CPU per request ÷ the redirect's): what req/s ÷ req/s
    // would be on a core that nothing else uses; other processes change the time work takes more than the work.
    const cpuRatio = (name, against = 'baseline') => ratio(name, 'cpu', against);
    figures.add('redirect.cpu_rps_ratio', cpuRatio('redirect'), 'ratio', { context: true, digits: 3 });
    figures.add('redirect.with_consumer.cpu_rps_ratio', cpuRatio('redirect.with_consumer'), 'ratio', { context: true, digits: 3 });
    figures.add('redirect.vs_shaped.cpu_rps_ratio', cpuRatio('redirect', 'baseline.shaped'), 'ratio', { context: true, digits: 3 });
    figures.add('redirect.no_recording.cpu_rps_ratio', cpuRatio('redirect.no_recording'), 'ratio', { context: true, digits: 3 });
  }
  // Against the baseline that answers the redirect's own response: what the app's logic costs, the response aside.
  figures.add('redirect.vs_shaped.rps_ratio', ratio('redirect', 'rps', 'baseline.shaped'), 'ratio', { context: true, digits: 3 });
  figures.add('redirect.vs_shaped.p50_ratio', ratio('redirect', 'p50', 'baseline.shaped'), 'ratio', { context: true, digits: 3 });
  // The response the issue asks for, with the reads it needs, against the bare 302: the floor under redirect.p50_ratio.
  figures.add('baseline.shaped.rps_ratio', ratio('baseline.shaped', 'rps'), 'ratio', { context: true, digits: 3 });
  figures.add('baseline.shaped.p50_ratio', ratio('baseline.shaped', 'p50'), 'ratio', { context: true, digits: 3 });
  for (const name of names) {
    figures.add(`${name}.rps`, abs(name, 'rps'), 'req/s', { context: true, digits: 0 });
    if (results[0][name].cpu !== undefined) figures.add(`${name}.cpu`, abs(name, 'cpu'), 'us/request', { context: true, digits: 1 });
    figures.add(`${name}.p50`, abs(name, 'p50'), 'ms', { context: true, digits: 3 });
    figures.add(`${name}.p99`, abs(name, 'p99'), 'ms', { context: true, digits: 3 });
  }
  return { path, queries, rounds: results };
}
