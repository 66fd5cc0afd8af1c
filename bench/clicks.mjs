/**
 * Click recording under load: `count` redirects of one link, each from its own identity (so every one is a counted
 * click), then wait for the queue to drain and count the rows in `clicks`. lost = redirects answered 302 − rows.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from '../scripts/lib.mjs';
import { waitForDrain } from './drain.mjs';
import { onLoadCore } from './load.mjs';

function sendClicks(plan, url, { count, concurrency, prefix }) {
  const script = path.join(root, 'bench/send-clicks.mjs');
  const [command, args] = onLoadCore(plan, process.execPath, [script, String(url), String(count), String(concurrency), prefix]);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('SEND_JSON '));
      if (code !== 0 || !line) return reject(new Error(`send-clicks exited ${code}: ${out}`));
      resolve(JSON.parse(line.slice('SEND_JSON '.length)));
    });
  });
}

/** @param ctx {{ rt, plan, seeded, figures, settings: { clicks, clickConcurrency, drainMaxSeconds } }} */
export async function benchClicks({ rt, plan, seeded, figures, settings }) {
  // Let the clicks of the throughput rounds (another link) finish first, so they do not share the drain.
  const before = await waitForDrain(rt.db, seeded.warm.id, { stallMs: 3000, maxMs: settings.drainMaxSeconds * 1000 });
  console.log(`  throughput rounds' clicks settled: ${before.persisted} rows (${(before.waitedMs / 1000).toFixed(1)} s)`);

  const url = new URL(`/l/${seeded.clicks.code}`, rt.redirectUrl);
  const sent = await sendClicks(plan, url, { count: settings.clicks, concurrency: settings.clickConcurrency, prefix: `c${Date.now().toString(36)}` });
  const redirected = sent.statuses['302'] ?? 0;
  const rate = (sent.count / sent.seconds).toFixed(0);
  console.log(`  sent ${sent.count} requests in ${sent.seconds.toFixed(1)} s (${rate} req/s): ${JSON.stringify(sent.statuses)}, ${sent.errors} errors`);
  if (redirected === 0) throw new Error('no redirect answered 302: nothing to count');

  const drained = await waitForDrain(rt.db, seeded.clicks.id, { expected: redirected, stallMs: 15_000, maxMs: settings.drainMaxSeconds * 1000 });
  console.log(`  drained: ${drained.persisted} rows (${drained.counted} counted) ${(drained.waitedMs / 1000).toFixed(1)} s after the last answer`);
  figures.add('clicks.lost', redirected - drained.persisted, 'clicks');
  figures.add('clicks.sent', redirected, 'clicks', { context: true });
  figures.add('clicks.persisted', drained.persisted, 'clicks', { context: true });
  figures.add('clicks.counted', drained.counted, 'clicks', { context: true });
  figures.add('clicks.drain', drained.waitedMs / 1000, 's', { context: true, digits: 1 });
  return { requests: sent, redirected, drained };
}
