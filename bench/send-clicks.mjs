/**
 * Sends exactly `count` GET requests to one URL, `concurrency` at a time over keep-alive connections, each with its
 * own identity (user agent and client IP), and prints one JSON line with the answers by status. A separate process,
 * so that bench/clicks.mjs can pin it to the load core; unlike wrk, it stops at an exact count and waits for every
 * answer, so "sent" is known to the request.
 * Usage: node bench/send-clicks.mjs <url> <count> <concurrency> <prefix>
 */
import http from 'node:http';

const [url, countArg, concurrencyArg, prefix = 'c'] = process.argv.slice(2);
const count = Number(countArg);
const concurrency = Number(concurrencyArg);
const target = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 n/';

const statuses = {};
let errors = 0;
let next = 0;

function ipOf(n) {
  return `10.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

function once(n) {
  return new Promise((resolve) => {
    const ip = ipOf(n);
    const req = http.get(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        agent,
        headers: { 'User-Agent': `${UA}${prefix}-${n}`, 'CF-Connecting-IP': ip, 'X-Forwarded-For': ip },
      },
      (res) => {
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        res.resume();
        res.on('end', resolve);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => {
      errors += 1;
      resolve();
    });
  });
}

async function lane() {
  while (next < count) await once(next++);
}

const started = performance.now();
await Promise.all(Array.from({ length: concurrency }, lane));
const seconds = (performance.now() - started) / 1000;
agent.destroy();
console.log(`SEND_JSON ${JSON.stringify({ count, statuses, errors, seconds })}`);
