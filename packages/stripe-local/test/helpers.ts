/** Shared by the tests: a server, a real `stripe` SDK pointed at it, and a webhook receiver that records requests. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { startStripeLocal, type StripeLocal, type StripeLocalOptions } from '../src/index.ts';

export const SECRET_KEY = 'sk_test_stripelocal0000000000000000';

export function sdk(server: StripeLocal, key = SECRET_KEY, options: Record<string, unknown> = {}): Stripe {
  return new Stripe(key, { host: '127.0.0.1', port: server.port, protocol: 'http', maxNetworkRetries: 0, ...options });
}

export async function start(options: StripeLocalOptions = {}): Promise<{ server: StripeLocal; stripe: Stripe }> {
  const server = await startStripeLocal({ delivery: { retry: { attempts: 3, initialDelayMs: 20 } }, ...options });
  return { server, stripe: sdk(server) };
}

/** A checkout session as the product will create one: one SKU line in CNY, the click id, the offer. */
export function sessionParams(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams {
  return {
    mode: 'payment',
    line_items: [
      { price_data: { currency: 'cny', unit_amount: 12_900, product_data: { name: 'Matcha set 抹茶' } }, quantity: 2 },
      { price_data: { currency: 'cny', unit_amount: 500, product_data: { name: 'Gift wrap' } }, quantity: 1 },
    ],
    success_url: 'http://127.0.0.1:1/done?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'http://127.0.0.1:1/cancel',
    client_reference_id: 'clk_01JTEST',
    metadata: { offer: 'ofr_1', org: 'org_1' },
    customer_email: 'buyer@example.com',
    payment_intent_data: { metadata: { order_ref: 'ord_1' } },
    ...overrides,
  };
}

export interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** An HTTP endpoint recording what it receives; `fail(n)` answers 500 to the next n requests. */
export async function receiver() {
  const received: Received[] = [];
  let failures = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      if (failures > 0) {
        failures -= 1;
        res.writeHead(500).end('nope');
      } else {
        res.writeHead(200).end('ok');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/stripe`,
    received,
    fail(n: number) {
      failures = n;
    },
    events(): { id: string; type: string }[] {
      return received.map((r) => JSON.parse(r.body));
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection<T = Stripe.errors.StripeError>(promise: Promise<unknown>): Promise<T> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    return error as T;
  }
  throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
}

/** A response's JSON, loosely typed for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function json(res: Response): Promise<any> {
  return res.json();
}
