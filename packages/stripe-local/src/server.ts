/**
 * The HTTP server: Stripe's REST API under /v1 (form-encoded requests, Bearer `sk_test_…` keys, Stripe's error
 * bodies, idempotency keys), the hosted pages (/pay/:session, /connect/onboard/:token) and the test controls
 * (/_test/…). `startStripeLocal` starts it and returns a handle for tests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Engine, NO_REQUEST, type EngineOptions, type RequestRef } from './engine.ts';
import { StripeError, authenticationError, invalidRequest, unrecognizedUrl } from './errors.ts';
import { expand } from './expand.ts';
import { parseForm } from './form.ts';
import { readBody, redirect, sendHtml, sendJson } from './http.ts';
import { newId } from './ids.ts';
import { canonical, checkKey, lookup, remember, scopeOf } from './idempotency.ts';
import { validate } from './params.ts';
import { compile, match, type Route } from './router.ts';
import { StateFile } from './store.ts';
import { addWebhookEndpoint, parseTestBody, testRoute } from './test-routes.ts';
import type { Account, CheckoutSession, Delivery, StripeEvent, WebhookEndpoint } from './types.ts';
import { signatureHeader, type DeliveryConfig, type DeliveryOptions } from './webhooks.ts';
import { accountRoutes, onboardAccount } from './api/accounts.ts';
import { chargeRoutes } from './api/charges.ts';
import { checkoutSessionRoutes, completeCheckout, type Buyer } from './api/checkout-sessions.ts';
import { eventRoutes } from './api/events.ts';
import { paymentIntentRoutes } from './api/payment-intents.ts';
import { refundRoutes } from './api/refunds.ts';
import { transferRoutes } from './api/transfers.ts';
import { showPayPage, submitPayPage, type PageResult } from './pages/pay.ts';
import { visitOnboardingPage } from './pages/onboard.ts';

export const ROUTES: Route[] = [
  ...checkoutSessionRoutes,
  ...paymentIntentRoutes,
  ...chargeRoutes,
  ...refundRoutes,
  ...eventRoutes,
  ...accountRoutes,
  ...transferRoutes,
];
const COMPILED = compile(ROUTES);

export interface WebhookOption {
  url: string;
  /** whsec_…; generated when absent (read it back from `webhookEndpoints()`). */
  secret?: string;
  /** Event types (`*`, `charge.*`, `checkout.session.completed`); default all. */
  enabledEvents?: string[];
}

export interface StripeLocalOptions extends EngineOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The base of the urls this server hands out (checkout `url`, account links); default http://host:port. */
  publicUrl?: string;
  webhooks?: WebhookOption[];
  /** A JSON file to load at start and keep saved (for `pnpm dev` restarts). */
  state?: string;
  /** Logs one line per request (the CLI passes console.log). */
  log?: (line: string) => void;
}

export interface StripeLocal {
  url: string;
  port: number;
  engine: Engine;
  close(): Promise<void>;
  /** Pays an open checkout session as the hosted page would (402 StripeError for a decline test card). */
  completeCheckout(sessionId: string, buyer?: Buyer): CheckoutSession;
  /** Completes Express onboarding (what visiting an account link does). */
  onboardAccount(accountId: string): Account;
  /** Events so far, oldest first; `type` may end with `.*`. */
  events(type?: string): StripeEvent[];
  /** Every webhook delivery attempt so far. */
  deliveries(): Delivery[];
  /** Resolves when no delivery is queued, in flight or waiting to be retried. */
  settle(): Promise<void>;
  addWebhookEndpoint(endpoint: WebhookOption): WebhookEndpoint;
  webhookEndpoints(): WebhookEndpoint[];
  /** Sends an event again to its endpoints; returns how many deliveries were queued. */
  redeliver(eventId: string): number;
  configureDelivery(options: DeliveryConfig): DeliveryOptions;
  /** The Stripe-Signature header for a payload (default timestamp: now). */
  sign(payload: string, secret: string, timestampSec?: number): string;
}

const NO_KEY =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

function redact(key: string): string {
  if (key.length <= 12) return key.replace(/./g, '*');
  return `${key.slice(0, 8)}${'*'.repeat(Math.max(key.length - 12, 4))}${key.slice(-4)}`;
}

/** Any test-mode secret or restricted key is accepted; live keys and anything else are 401. */
function secretKeyOf(req: IncomingMessage): string {
  const auth = req.headers.authorization;
  if (!auth) throw authenticationError(NO_KEY);
  let key = '';
  if (/^bearer /i.test(auth)) key = auth.slice(7).trim();
  else if (/^basic /i.test(auth)) key = Buffer.from(auth.slice(6).trim(), 'base64').toString('utf8').split(':')[0];
  else throw authenticationError(NO_KEY);
  if (!/^(sk|rk)_test_[A-Za-z0-9_]+$/.test(key)) {
    const live = /^(sk|rk)_live_/.test(key) ? ' This Stripe test double accepts only test-mode keys (sk_test_…).' : '';
    throw authenticationError(`Invalid API Key provided: ${redact(key)}${live}`);
  }
  return key;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function api(engine: Engine, req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
  const method = req.method ?? 'GET';
  const base = { 'request-id': requestId, 'stripe-version': header(req, 'stripe-version') ?? engine.apiVersion };
  try {
    const secretKey = secretKeyOf(req);
    const { route, params: pathParams, allowed } = match(COMPILED, method, url.pathname);
    if (!route) {
      throw allowed.length > 0
        ? invalidRequest(`Unrecognized request URL (${method}: ${url.pathname}). This URL answers ${allowed.join(', ')}.`)
        : unrecognizedUrl(method, url.pathname);
    }
    let rawText = url.search.slice(1);
    if (method === 'POST') {
      if (header(req, 'content-type')?.includes('application/json')) {
        throw invalidRequest(
          'Invalid request: Stripe API bodies are application/x-www-form-urlencoded (with bracket notation), not JSON.',
        );
      }
      rawText = await readBody(req);
    }
    const raw = parseForm(rawText);
    const key = method === 'POST' ? header(req, 'idempotency-key') : undefined;
    const request: RequestRef = { id: requestId, idempotency_key: key ?? null };
    let scope: string | null = null;
    let fingerprint = '';
    if (key) {
      checkKey(key);
      scope = scopeOf(secretKey, header(req, 'stripe-account'), key);
      fingerprint = canonical(raw);
      const saved = lookup(engine.store, scope, key, method, url.pathname, fingerprint, engine.now());
      if (saved) {
        return sendJson(res, saved.status, saved.body, {
          ...base,
          'idempotency-key': key,
          'idempotent-replayed': 'true',
          'original-request': saved.request_id,
        });
      }
    }
    let status = 200;
    let text: string;
    try {
      const params = validate(raw, route.fields);
      const result = route.handle({ engine, params, path: pathParams, request });
      text = JSON.stringify(expand(engine, result, params.expand), null, 2);
    } catch (error) {
      if (!(error instanceof StripeError)) throw error;
      status = error.status;
      text = JSON.stringify({ error: error.body }, null, 2);
      if (!error.saved) scope = null;
    }
    if (scope && key) {
      remember(engine.store, {
        id: scope,
        method,
        path: url.pathname,
        params: fingerprint,
        status,
        body: text,
        request_id: requestId,
        created_ms: engine.now(),
      });
    }
    if (method !== 'GET') engine.onChange();
    sendJson(res, status, text, { ...base, ...(key ? { 'idempotency-key': key } : {}) });
  } catch (error) {
    if (error instanceof StripeError) {
      const extra: Record<string, string> = error.status === 401 ? { 'www-authenticate': 'Bearer realm="Stripe"' } : {};
      return sendJson(res, error.status, { error: error.body }, { ...base, ...extra });
    }
    throw error;
  }
}

function sendPage(res: ServerResponse, result: PageResult) {
  if (result.redirect) return redirect(res, result.status, result.redirect);
  sendHtml(res, result.status, result.html ?? '');
}

async function route(engine: Engine, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://stripe-local');
  const method = req.method ?? 'GET';
  const requestId = newId('req');
  engine.sweepExpired();
  if (url.pathname.startsWith('/v1/')) return api(engine, req, res, url, requestId);

  const pay = /^\/pay\/([^/]+)$/.exec(url.pathname);
  if (pay && method === 'GET') return sendPage(res, showPayPage(engine, decodeURIComponent(pay[1])));
  if (pay && method === 'POST') {
    const fields = Object.fromEntries(new URLSearchParams(await readBody(req)));
    const result = submitPayPage(engine, decodeURIComponent(pay[1]), fields);
    engine.onChange();
    return sendPage(res, result);
  }
  const onboard = /^\/connect\/onboard\/([^/]+)$/.exec(url.pathname);
  if (onboard && method === 'GET') {
    const result = visitOnboardingPage(engine, decodeURIComponent(onboard[1]));
    engine.onChange();
    return sendPage(res, result);
  }
  if (url.pathname.startsWith('/_test/')) {
    try {
      const body = method === 'GET' ? {} : parseTestBody(await readBody(req), header(req, 'content-type'));
      const answer = await testRoute(engine, method, url.pathname, url.searchParams, body);
      if (method !== 'GET') engine.onChange();
      return sendJson(res, answer.status, answer.body, { 'request-id': requestId });
    } catch (error) {
      if (error instanceof StripeError) return sendJson(res, error.status, { error: error.body }, { 'request-id': requestId });
      throw error;
    }
  }
  if (url.pathname === '/' || url.pathname === '/health') {
    return sendJson(res, 200, {
      name: 'stripe-local',
      note: 'A Stripe-compatible TEST DOUBLE for tests and local development. Not Stripe; no real payment is made.',
      api_version: engine.apiVersion,
      webhook_endpoints: engine.store.webhookEndpoints.all().map((e) => e.url),
    });
  }
  sendJson(res, 404, { error: unrecognizedUrl(method, url.pathname).body }, { 'request-id': requestId });
}

export async function startStripeLocal(options: StripeLocalOptions = {}): Promise<StripeLocal> {
  const engine = new Engine(options);
  const host = options.host ?? '127.0.0.1';
  const stateFile = options.state ? new StateFile(options.state, engine.store) : null;
  stateFile?.loadIfPresent();
  for (const webhook of options.webhooks ?? []) {
    for (const existing of engine.store.webhookEndpoints.all()) {
      if (existing.url === webhook.url) engine.store.webhookEndpoints.delete(existing.id);
    }
    addWebhookEndpoint(engine, { url: webhook.url, secret: webhook.secret, enabled_events: webhook.enabledEvents });
  }
  if (stateFile) engine.onChange = () => stateFile.schedule();

  const server = createServer((req, res) => {
    const started = performance.now();
    route(engine, req, res)
      .catch((error: unknown) => {
        console.error('stripe-local: unexpected error', error);
        if (!res.headersSent) {
          sendJson(res, 500, { error: { type: 'api_error', message: 'An unknown error occurred (stripe-local bug: see its log).' } }, {
            'stripe-should-retry': 'false',
          });
        } else res.end();
      })
      .finally(() => {
        options.log?.(`${req.method} ${req.url} → ${res.statusCode} (${(performance.now() - started).toFixed(1)} ms)`);
      });
  });
  // Keep-alive sockets would hold close() open; the SDK and fetch reconnect as needed.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  engine.baseUrl = (options.publicUrl ?? url).replace(/\/$/, '');
  // Sessions created before a restart on another port keep working: their url follows the server.
  for (const session of engine.store.checkoutSessions.all()) {
    if (session.url) session.url = `${engine.baseUrl}/pay/${session.id}`;
  }

  const copy = <T>(value: T): T => structuredClone(value);
  return {
    url,
    port,
    engine,
    async close() {
      engine.webhooks.close();
      stateFile?.flush();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    completeCheckout: (id, buyer = {}) => {
      const session = completeCheckout(engine, id, buyer, NO_REQUEST);
      engine.onChange();
      return copy(session);
    },
    onboardAccount: (id) => {
      const account = onboardAccount(engine, id, NO_REQUEST);
      engine.onChange();
      return copy(account);
    },
    events: (type) =>
      copy(engine.store.events.all().filter((e) => !type || e.type === type || (type.endsWith('.*') && e.type.startsWith(type.slice(0, -1))))),
    deliveries: () => copy(engine.webhooks.log),
    settle: () => engine.webhooks.settle(),
    addWebhookEndpoint: (endpoint) => {
      const created = addWebhookEndpoint(engine, { url: endpoint.url, secret: endpoint.secret, enabled_events: endpoint.enabledEvents });
      engine.onChange();
      return copy(created);
    },
    webhookEndpoints: () => copy(engine.store.webhookEndpoints.all()),
    redeliver: (eventId) => {
      const event = engine.store.events.get(eventId);
      if (!event) throw new Error(`stripe-local: no such event ${eventId}`);
      return engine.webhooks.redeliver(event);
    },
    configureDelivery: (delivery) => engine.webhooks.configure(delivery),
    sign: (payload, secret, timestampSec) => signatureHeader(payload, secret, timestampSec ?? engine.nowSec()),
  };
}
