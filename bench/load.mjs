/**
 * The load tool: wrk (C, one epoll thread). On a 2-core machine the load generator competes with the runtime for
 * CPU; wrk spends about a third of the CPU per request that a Node HTTP client does (so more so than autocannon),
 * and what it takes is confined to one core with `taskset`, the runtime to the other.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from '../scripts/lib.mjs';

const WRK_SCRIPT = path.join(root, 'bench/wrk-identities.lua');

function onPath(bin) {
  try {
    execFileSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Installs Debian's wrk when it is missing (needs root, as CI and the dev machines run). */
export function ensureWrk() {
  if (onPath('wrk')) return;
  if (process.getuid?.() !== 0) throw new Error('wrk is missing: install it with `apt-get install -y wrk` (needs root)');
  console.log('> Installing wrk from Debian (apt-get install -y wrk)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['install', '-y', 'wrk'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } catch {
    execFileSync('sh', ['-c', 'apt-get update && apt-get install -y wrk'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  }
  if (!onPath('wrk')) throw new Error('wrk could not be installed');
}

/**
 * The core plan: with 2 or more cores and taskset, the runtime (workerd) gets core 0 and the load tool core 1;
 * otherwise nothing is pinned and the report says so.
 */
export function corePlan(workerdPid) {
  const cores = os.availableParallelism();
  if (cores < 2 || !workerdPid || !onPath('taskset')) {
    return { pinned: false, cores, note: 'not pinned (fewer than 2 cores, no taskset or no workerd pid)' };
  }
  // -a: every thread of workerd (it runs a few besides the one executing JavaScript).
  execFileSync('taskset', ['-a', '-pc', '0', String(workerdPid)], { stdio: 'ignore' });
  return { pinned: true, cores, runtimeCore: 0, loadCore: 1, note: 'workerd pinned to core 0, the load tool to core 1' };
}

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU seconds a process has used so far (user + system, all its threads), from /proc; undefined when unknown.
 * Other processes competing for the core change how long the work takes far more than how much CPU it needs, so
 * CPU per request is the steadier measure on a shared machine.
 */
export function cpuSeconds(pid) {
  if (!pid) return undefined;
  try {
    // Fields after the command name (which is in parentheses and may hold spaces): utime and stime are 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Prefixes a command with `taskset -c <core>` when the plan pins the load tool. */
export function onLoadCore(plan, command, args) {
  return plan.pinned ? ['taskset', ['-c', String(plan.loadCore), command, ...args]] : [command, args];
}

/**
 * One wrk run: closed loop, `connections` keep-alive connections on one thread for `seconds`, each request with
 * its own identity (prefix-n). Returns req/s and latency in ms (wrk's percentiles, corrected for coordinated
 * omission: the latencies a visitor arriving at a random moment would see); throws when wrk fails or any request
 * errs (a non-2xx/3xx answer counts as an error: the figures would not describe the redirect).
 */
export async function runWrk(plan, url, { seconds, connections, prefix }) {
  const wrkArgs = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '5s', '-s', WRK_SCRIPT, String(url), '--', prefix];
  const [command, args] = onLoadCore(plan, 'wrk', wrkArgs);
  const out = await new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`wrk exited ${code}: ${stderr || stdout}`))));
  });
  const line = out.split('\n').find((l) => l.startsWith('WRK_JSON '));
  if (!line) throw new Error(`wrk printed no summary:\n${out}`);
  const r = JSON.parse(line.slice('WRK_JSON '.length));
  const errors = Object.values(r.errors).reduce((a, b) => a + b, 0);
  if (errors > 0) throw new Error(`wrk against ${url}: ${errors} errors ${JSON.stringify(r.errors)} in ${r.requests} requests`);
  return {
    requests: r.requests,
    rps: r.requests / (r.duration_us / 1e6),
    p50: r.latency_us.p50 / 1000,
    p90: r.latency_us.p90 / 1000,
    p99: r.latency_us.p99 / 1000,
    mean: r.latency_us.mean / 1000,
  };
}
