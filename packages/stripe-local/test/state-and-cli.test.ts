import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { startStripeLocal } from '../src/index.ts';
import { SECRET_KEY, receiver, sdk, sessionParams } from './helpers.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'stripe-local-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('state file', () => {
  it('keeps sessions, payments and events across a restart', async () => {
    const file = path.join(dir, 'state.json');
    const first = await startStripeLocal({ state: file });
    const session = await sdk(first).checkout.sessions.create(sessionParams(), { idempotencyKey: 'persisted' });
    first.completeCheckout(session.id);
    await first.close();
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(1);

    const second = await startStripeLocal({ state: file });
    try {
      const stripe = sdk(second);
      const again = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
      expect(again).toMatchObject({ status: 'complete', payment_status: 'paid' });
      expect((await stripe.events.list({ type: 'checkout.session.completed' })).data[0].data.object).toMatchObject({ id: session.id });
      const replay = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: 'persisted' });
      expect(replay.id).toBe(session.id);
      const open = await stripe.checkout.sessions.create(sessionParams());
      expect(open.url).toBe(`${second.url}/pay/${open.id}`);
    } finally {
      await second.close();
    }
  });
});

describe('CLI (Node 22 strips the types; no build step)', () => {
  it('starts, prints its address, serves the SDK and delivers to --webhook with --secret', async () => {
    const hook = await receiver();
    const cli = path.resolve(import.meta.dirname, '../src/cli.ts');
    const child = spawn(process.execPath, [cli, '--port', '0', '--webhook', hook.url, '--secret', 'whsec_cli', '--quiet'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('exit', (code) => reject(new Error(`cli exited ${code}: ${out}`)));
      });
      const port = Number(new URL(url).port);
      const stripe = new Stripe(SECRET_KEY, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
      const intent = await stripe.paymentIntents.create({ amount: 100, currency: 'usd' });
      await fetch(`${url}/_test/settle`);
      const [delivery] = hook.received;
      const event = await new Stripe(SECRET_KEY).webhooks.constructEventAsync(
        delivery.body,
        delivery.headers['stripe-signature'] as string,
        'whsec_cli',
        undefined,
        Stripe.createSubtleCryptoProvider(),
      );
      expect(event.data.object).toMatchObject({ id: intent.id });
    } finally {
      child.kill('SIGTERM');
      await hook.close();
    }
  });
});
