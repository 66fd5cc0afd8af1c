/**
 * The test double's own controls under /_test (no API key; the server listens on loopback): pay a session without
 * the page, onboard an account, configure webhook endpoints and delivery (shuffle, duplicates, retries), read the
 * delivery log, redeliver an event, wait for deliveries to settle, sign a payload, reset.
 */
import type { Engine } from './engine.ts';
import { NO_REQUEST } from './engine.ts';
import { invalidParam, resourceMissing, unrecognizedUrl } from './errors.ts';
import { parseForm } from './form.ts';
import { newId, newWebhookSecret } from './ids.ts';
import { completeCheckout } from './api/checkout-sessions.ts';
import { onboardAccount } from './api/accounts.ts';
import type { WebhookEndpoint } from './types.ts';
import { eventPayload, signatureHeader } from './webhooks.ts';

export interface TestAnswer {
  status: number;
  body: unknown;
}

/** /_test bodies may be JSON or form-encoded. */
export function parseTestBody(text: string, contentType: string | undefined): Record<string, any> {
  if (text.trim() === '') return {};
  if (contentType?.includes('application/json')) {
    try {
      const value = JSON.parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value;
    } catch {
      // fall through to the error below
    }
    throw invalidParam('body', 'Invalid JSON body: expected an object.');
  }
  return parseForm(text);
}

export function addWebhookEndpoint(
  engine: Engine,
  input: { url: string; secret?: string; enabled_events?: string[]; enabledEvents?: string[] },
): WebhookEndpoint {
  try {
    const url = new URL(input.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
  } catch {
    throw invalidParam('url', `Invalid URL: ${String(input.url)}`, 'url_invalid');
  }
  return engine.store.webhookEndpoints.insert({
    id: newId('we'),
    object: 'webhook_endpoint',
    url: input.url,
    secret: input.secret ?? newWebhookSecret(),
    enabled_events: input.enabled_events ?? input.enabledEvents ?? ['*'],
    created: engine.nowSec(),
  });
}

function bool(value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  return value === true || value === 'true' || value === '1';
}

function int(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw invalidParam('body', `Not a number: ${String(value)}`);
  return n;
}

export async function testRoute(
  engine: Engine,
  method: string,
  path: string,
  query: URLSearchParams,
  body: Record<string, any>,
): Promise<TestAnswer> {
  const parts = path.split('/').filter(Boolean).slice(1); // drop '_test'
  const route = `${method} /${parts.map((p, i) => (i > 0 && /^(cs_|acct_|evt_|we_)/.test(p) ? ':id' : p)).join('/')}`;
  const id = parts.find((p, i) => i > 0 && /^(cs_|acct_|evt_|we_)/.test(p)) ?? '';
  switch (route) {
    case 'POST /checkout/sessions/:id/complete': {
      const session = completeCheckout(
        engine,
        id,
        {
          email: body.email,
          name: body.name,
          card: body.card,
          cardFingerprint: body.card_fingerprint ?? body.cardFingerprint,
          country: body.country,
        },
        NO_REQUEST,
      );
      return { status: 200, body: session };
    }
    case 'POST /accounts/:id/onboard':
      return { status: 200, body: onboardAccount(engine, id, NO_REQUEST) };
    case 'GET /events':
      return { status: 200, body: { object: 'list', data: engine.store.events.all() } };
    case 'GET /deliveries': {
      const eventId = query.get('event_id');
      const ok = query.get('ok');
      const data = engine.webhooks.log.filter(
        (d) => (!eventId || d.event_id === eventId) && (ok === null || String(d.ok) === ok),
      );
      return { status: 200, body: { object: 'list', data } };
    }
    case 'POST /redeliver/:id': {
      const event = engine.store.events.get(id);
      if (!event) throw resourceMissing('event', id);
      const queued = engine.webhooks.redeliver(event, body.endpoint);
      return { status: 202, body: { event: id, queued } };
    }
    case 'GET /settle':
      await engine.webhooks.settle();
      return { status: 200, body: { settled: true } };
    case 'GET /webhook_endpoints':
      return { status: 200, body: { object: 'list', data: engine.store.webhookEndpoints.all() } };
    case 'POST /webhook_endpoints': {
      if (!body.url) throw invalidParam('url', 'Missing required param: url.', 'parameter_missing');
      const events = body.enabled_events;
      return {
        status: 200,
        body: addWebhookEndpoint(engine, {
          url: body.url,
          secret: body.secret,
          enabled_events: events === undefined ? undefined : Array.isArray(events) ? events : [String(events)],
        }),
      };
    }
    case 'DELETE /webhook_endpoints/:id':
      if (!engine.store.webhookEndpoints.delete(id)) throw resourceMissing('webhook_endpoint', id);
      return { status: 200, body: { id, object: 'webhook_endpoint', deleted: true } };
    case 'POST /config': {
      const retry = body.retry ?? {};
      const options = engine.webhooks.configure({
        ...(bool(body.shuffle) !== undefined ? { shuffle: bool(body.shuffle) } : {}),
        ...(bool(body.duplicates) !== undefined ? { duplicates: bool(body.duplicates) } : {}),
        ...(int(body.seed) !== undefined ? { seed: int(body.seed) } : {}),
        retry: {
          ...(int(retry.attempts) !== undefined ? { attempts: int(retry.attempts) } : {}),
          ...(int(retry.initialDelayMs) !== undefined ? { initialDelayMs: int(retry.initialDelayMs) } : {}),
          ...(int(retry.maxDelayMs) !== undefined ? { maxDelayMs: int(retry.maxDelayMs) } : {}),
        },
      });
      return { status: 200, body: options };
    }
    case 'POST /sign': {
      // For tests that deliver an event themselves (e.g. to a Worker under test with no listening address).
      if (!body.secret) throw invalidParam('secret', 'Missing required param: secret.', 'parameter_missing');
      let payload: string;
      if (body.event_id) {
        const event = engine.store.events.get(body.event_id);
        if (!event) throw resourceMissing('event', body.event_id, 'event_id');
        payload = eventPayload(event);
      } else if (typeof body.payload === 'string') {
        payload = body.payload;
      } else {
        throw invalidParam('event_id', 'Pass event_id or payload.', 'parameter_missing');
      }
      const timestamp = int(body.timestamp) ?? engine.nowSec();
      return { status: 200, body: { payload, header: signatureHeader(payload, body.secret, timestamp) } };
    }
    case 'POST /reset': {
      const endpoints = engine.store.webhookEndpoints.all();
      engine.store.load({ version: 1, tables: { webhook_endpoints: endpoints } });
      engine.webhooks.log.length = 0;
      return { status: 200, body: { reset: true } };
    }
    default:
      throw unrecognizedUrl(method, path);
  }
}
