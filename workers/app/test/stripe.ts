/**
 * Stripe in Worker tests: the real SDK and the Worker talk to the stripe-local started by stripe-local.setup.ts.
 * stripe-local cannot deliver webhooks to a Worker under `SELF.fetch` (it has no address), so a test reads the
 * events from stripe-local's /_test/ helpers, has them signed there, and posts them itself — in any order, any
 * number of times.
 */
import { env, SELF } from 'cloudflare:test';
import type Stripe from 'stripe';
import type { Bindings } from '../src/env';
import { stripeClient } from '../src/lib/stripe';
import { BASE } from './security';
import { TEST_STRIPE_WEBHOOK_SECRET } from './stripe-bindings';

const bindings = env as unknown as Bindings;
export const stripeLocalUrl = () => `http://${bindings.STRIPE_API_HOST}:${bindings.STRIPE_API_PORT}`;
export const stripe = () => stripeClient(bindings);

async function local<T = any>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const res = await fetch(stripeLocalUrl() + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`stripe-local ${method} ${path} → ${res.status} ${text}`);
  return JSON.parse(text) as T;
}

/** Pays an open session as the hosted page would (`email` is the buyer's, for the self-purchase rule). */
export const completeCheckout = (sessionId: string, buyer: { email?: string; card?: string } = {}) =>
  local<Stripe.Checkout.Session>('POST', `/_test/checkout/sessions/${sessionId}/complete`, { email: buyer.email ?? 'buyer@example.test', card: buyer.card });

/** Every event stripe-local has emitted whose object mentions `about` (a session, intent or charge id), oldest first. */
export async function eventsAbout(about: string, type?: string): Promise<Stripe.Event[]> {
  const { data } = await local<{ data: Stripe.Event[] }>('GET', '/_test/events');
  return data.filter((e) => (!type || e.type === type) && JSON.stringify(e.data.object).includes(about));
}

export async function eventAbout(about: string, type: string): Promise<Stripe.Event> {
  const events = await eventsAbout(about, type);
  if (events.length === 0) throw new Error(`no ${type} event about ${about}`);
  return events[events.length - 1];
}

/** The event's payload and a `Stripe-Signature` for it (another secret, or an old timestamp, on request). */
export const signed = (eventId: string, o: { secret?: string; timestamp?: number; payload?: string } = {}) =>
  local<{ payload: string; header: string }>('POST', '/_test/sign', {
    ...(o.payload ? { payload: o.payload } : { event_id: eventId }),
    secret: o.secret ?? TEST_STRIPE_WEBHOOK_SECRET,
    ...(o.timestamp ? { timestamp: o.timestamp } : {}),
  });

/** Posts a signed event to the Worker's webhook, as Stripe would; answers the status and the parsed body. */
export async function deliver(eventId: string, o: { secret?: string; timestamp?: number; tamper?: (payload: string) => string } = {}) {
  const { payload, header } = await signed(eventId, o);
  return post(o.tamper ? o.tamper(payload) : payload, header);
}

export async function post(payload: string, signature: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (signature !== null) headers['stripe-signature'] = signature;
  const res = await SELF.fetch(`${BASE}/webhooks/stripe`, { method: 'POST', headers, body: payload });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body, text };
}

/** The session id in a Stripe Checkout url (`…/pay/cs_test_…`). */
export const sessionIdOf = (url: string) => /\/pay\/(cs_[A-Za-z0-9_]+)/.exec(url)?.[1] ?? '';

/** Submits the hosted page's Buy form (`POST /p/<code>/checkout`) without following the redirect. */
export function buy(code: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return SELF.fetch(`${BASE}/p/${code}/checkout`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Buys through the hosted page and pays on "Stripe": answers the paid session. */
export async function buyAndPay(code: string, fields: Record<string, string>, buyer: { email?: string } = {}) {
  const res = await buy(code, fields);
  const location = res.headers.get('location') ?? '';
  if (res.status !== 303) throw new Error(`checkout answered ${res.status}: ${await res.text()}`);
  return completeCheckout(sessionIdOf(location), buyer);
}
