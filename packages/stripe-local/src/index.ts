/**
 * @xuanpin/stripe-local: a Stripe-compatible HTTP server for tests and local development. A TEST DOUBLE, never
 * used in production: the Worker reaches it only when STRIPE_API_HOST/PORT/PROTOCOL point there.
 */
export { startStripeLocal, ROUTES, type StripeLocal, type StripeLocalOptions, type WebhookOption } from './server.ts';
export { DEFAULT_API_VERSION } from './engine.ts';
export { signatureHeader, eventPayload, type DeliveryConfig, type DeliveryOptions, type RetryOptions } from './webhooks.ts';
export { fingerprintOf } from './api/charges.ts';
export type { Buyer } from './api/checkout-sessions.ts';
export type * from './types.ts';
