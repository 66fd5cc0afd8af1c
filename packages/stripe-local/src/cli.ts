#!/usr/bin/env node
/**
 * Runs stripe-local from the command line (Node 22 strips the types itself; run it through pnpm so the repo's
 * Node 22 is used):
 *
 *   corepack pnpm --filter @xuanpin/stripe-local start -- --port 12111 \
 *     --webhook http://127.0.0.1:8787/webhooks/stripe --secret whsec_local_dev [--state .wrangler/stripe-local.json]
 *
 * Repeat --webhook (and --secret, paired in order) for more endpoints; one --secret serves them all.
 */
import { parseArgs } from 'node:util';
import { startStripeLocal } from './server.ts';

const HELP = `stripe-local: a Stripe-compatible TEST DOUBLE (not Stripe; no real payment is made)

Options:
  --port <n>           port to listen on (default 12111; 0 picks a free one)
  --host <addr>        address to listen on (default 127.0.0.1)
  --public-url <url>   base of the urls handed out (checkout pages, account links)
  --webhook <url>      deliver events to this url (repeatable)
  --secret <whsec_…>   signing secret of the --webhook at the same position (one secret serves all)
  --state <file>       keep state in this JSON file across restarts
  --shuffle            deliver queued events in random order
  --duplicates         deliver every event twice
  --seed <n>           seed of --shuffle
  --retries <n>        delivery attempts per event and endpoint, first included (default 6)
  --quiet              no request log
  --help`;

// `pnpm start -- --port …` passes the `--` on; it is not an argument.
const args = process.argv.slice(2);
if (args[0] === '--') args.shift();

const { values } = parseArgs({
  args,
  options: {
    port: { type: 'string', default: '12111' },
    host: { type: 'string', default: '127.0.0.1' },
    'public-url': { type: 'string' },
    webhook: { type: 'string', multiple: true, default: [] },
    secret: { type: 'string', multiple: true, default: [] },
    state: { type: 'string' },
    shuffle: { type: 'boolean', default: false },
    duplicates: { type: 'boolean', default: false },
    seed: { type: 'string' },
    retries: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const secrets = values.secret ?? [];
if (secrets.length > 1 && secrets.length !== values.webhook?.length) {
  console.error('stripe-local: give one --secret for all webhooks, or one per --webhook in the same order.');
  process.exit(2);
}

const server = await startStripeLocal({
  port: Number(values.port),
  host: values.host,
  publicUrl: values['public-url'],
  state: values.state,
  webhooks: (values.webhook ?? []).map((url, i) => ({ url, secret: secrets.length > 1 ? secrets[i] : secrets[0] })),
  delivery: {
    shuffle: values.shuffle,
    duplicates: values.duplicates,
    ...(values.seed ? { seed: Number(values.seed) } : {}),
    ...(values.retries ? { retry: { attempts: Number(values.retries) } } : {}),
  },
  log: values.quiet ? undefined : (line) => console.log(line),
});

console.log(`stripe-local (a Stripe test double) listening on ${server.url}`);
console.log(`  SDK: new Stripe('sk_test_…', { host: '${values.host}', port: ${server.port}, protocol: 'http' })`);
for (const endpoint of server.webhookEndpoints()) {
  console.log(`  webhooks → ${endpoint.url}  (secret ${endpoint.secret})`);
}
if (values.state) console.log(`  state file: ${values.state}`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
