import type Stripe from 'stripe';
import type { Bindings } from '../env';
import { ApiError } from './errors';

export type { Stripe };

/**
 * The Stripe SDK, loaded on first use: it is large, and the redirect (`/l/`) and most routes never need it, so an
 * isolate that only redirects never evaluates it (the bundler keeps a dynamic import lazy).
 */
let sdk: Promise<typeof Stripe> | undefined;
const loadSdk = () => (sdk ??= import('stripe').then((m) => m.default));

const clients = new WeakMap<object, Stripe>();

/**
 * The Stripe client for these bindings (one per isolate and env): the fetch HTTP client (workerd has no Node http),
 * pointed at STRIPE_API_HOST/PORT/PROTOCOL when set — the local test double in `pnpm dev` and the tests, never
 * production. No secret key: 500 `misconfigured` on the Stripe routes only.
 */
export async function stripeClient(env: Bindings): Promise<Stripe> {
  const cached = clients.get(env);
  if (cached) return cached;
  if (!env.STRIPE_SECRET_KEY) throw new ApiError('misconfigured', 'Payments are not configured on this deployment (STRIPE_SECRET_KEY is missing).');
  const StripeSdk = await loadSdk();
  const client = new StripeSdk(env.STRIPE_SECRET_KEY, {
    httpClient: StripeSdk.createFetchHttpClient(),
    // Every POST carries an idempotency key (ours, from business ids), so the SDK's retry of a network error is safe.
    maxNetworkRetries: 1,
    timeout: 20_000,
    ...(env.STRIPE_API_HOST
      ? { host: env.STRIPE_API_HOST, port: Number(env.STRIPE_API_PORT || 443), protocol: env.STRIPE_API_PROTOCOL === 'http' ? 'http' : 'https' }
      : {}),
  });
  clients.set(env, client);
  return client;
}

/**
 * Verifies a webhook's `Stripe-Signature` (HMAC-SHA256 over the raw body, timestamp within 5 minutes) with WebCrypto
 * and returns the event. A bad signature or a stale timestamp: 400 `bad_request`.
 */
export async function verifiedEvent(env: Bindings, rawBody: string, signature: string | undefined): Promise<Stripe.Event> {
  if (!env.STRIPE_WEBHOOK_SECRET) throw new ApiError('misconfigured', 'Stripe webhooks are not configured on this deployment (STRIPE_WEBHOOK_SECRET is missing).');
  const stripe = await stripeClient(env);
  if (!signature) throw new ApiError('bad_request', 'Missing `Stripe-Signature` header.');
  const StripeSdk = await loadSdk();
  try {
    return await stripe.webhooks.constructEventAsync(rawBody, signature, env.STRIPE_WEBHOOK_SECRET, undefined, StripeSdk.createSubtleCryptoProvider());
  } catch (err) {
    if (err instanceof StripeSdk.errors.StripeSignatureVerificationError) {
      throw new ApiError('bad_request', `Invalid Stripe signature: ${err.message.split('\n')[0]}`);
    }
    throw new ApiError('bad_request', 'The webhook body is not a Stripe event.');
  }
}

/** An error the SDK threw for a Stripe answer (its `type` names the class: `StripeIdempotencyError`, …). */
export function isStripeError(err: unknown): err is Stripe.errors.StripeError {
  return typeof err === 'object' && err !== null && 'type' in err && typeof (err as { type: unknown }).type === 'string' && (err as { type: string }).type.startsWith('Stripe');
}
