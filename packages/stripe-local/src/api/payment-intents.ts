/**
 * Payment intents, minimally: create (optionally confirming at once), confirm, retrieve, update, cancel, list.
 * Checkout creates its own when a session is paid. Test payment methods: `pm_card_visa` (and any other pm_…)
 * succeeds; `pm_card_chargeDeclined`, `pm_card_chargeDeclinedInsufficientFunds`, `pm_card_chargeDeclinedExpiredCard`
 * are declined with Stripe's 402 card_error.
 */
import type { Engine, RequestRef } from '../engine.ts';
import { MAX_AMOUNT, formatAmount } from '../currencies.ts';
import { StripeError, invalidParam, invalidRequest, resourceMissing } from '../errors.ts';
import { newId, randomBase62 } from '../ids.ts';
import { LIST_FIELDS, mergeMetadata, type Fields } from '../params.ts';
import { list } from '../list.ts';
import type { Route } from '../router.ts';
import type { Metadata, PaymentIntent } from '../types.ts';
import { checkCard, createCharge, type Billing, type Card } from './charges.ts';

const TEST_PAYMENT_METHODS: Record<string, string> = {
  pm_card_visa: '4242424242424242',
  pm_card_mastercard: '5555555555554444',
  pm_card_amex: '378282246310005',
  pm_card_unionpay: '6200000000000005',
  pm_card_jcb: '3566002020360505',
  pm_card_chargeDeclined: '4000000000000002',
  pm_card_chargeDeclinedInsufficientFunds: '4000000000009995',
  pm_card_chargeDeclinedExpiredCard: '4000000000000069',
};

function cardFor(paymentMethod: string): Card {
  return { number: TEST_PAYMENT_METHODS[paymentMethod] ?? '4242424242424242' };
}

export interface NewIntent {
  amount: number;
  currency: string;
  metadata?: Metadata;
  description?: string | null;
  receipt_email?: string | null;
  transfer_group?: string | null;
  payment_method?: string | null;
  payment_method_types?: string[];
  capture_method?: 'automatic' | 'automatic_async';
}

export function createIntent(engine: Engine, input: NewIntent): PaymentIntent {
  if (input.amount > MAX_AMOUNT) {
    throw invalidParam('amount', `Amount must be no more than ${formatAmount(MAX_AMOUNT, input.currency)}`, 'amount_too_large');
  }
  const id = newId('pi');
  const intent: PaymentIntent = {
    id,
    object: 'payment_intent',
    amount: input.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: input.capture_method ?? 'automatic_async',
    client_secret: `${id}_secret_${randomBase62(25)}`,
    confirmation_method: 'automatic',
    created: engine.nowSec(),
    currency: input.currency,
    customer: null,
    description: input.description ?? null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: input.metadata ?? {},
    next_action: null,
    on_behalf_of: null,
    payment_method: input.payment_method ?? null,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: input.payment_method_types ?? ['card'],
    processing: null,
    receipt_email: input.receipt_email ?? null,
    review: null,
    setup_future_usage: null,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: input.payment_method ? 'requires_confirmation' : 'requires_payment_method',
    transfer_data: null,
    transfer_group: input.transfer_group ?? null,
  };
  return engine.store.paymentIntents.insert(intent);
}

/**
 * Charges the card: on success the intent is `succeeded` with its charge (charge.succeeded, payment_intent.succeeded);
 * a decline leaves it `requires_payment_method` with last_payment_error (payment_intent.payment_failed) and throws 402.
 */
export function payIntent(engine: Engine, intent: PaymentIntent, card: Card, billing: Billing, request: RequestRef): PaymentIntent {
  try {
    checkCard(card);
  } catch (error) {
    if (!(error instanceof StripeError)) throw error;
    intent.status = 'requires_payment_method';
    intent.last_payment_error = { ...error.body, payment_method: { id: intent.payment_method, object: 'payment_method', type: 'card' } };
    engine.emit('payment_intent.payment_failed', intent, request);
    (error.body as unknown as Record<string, unknown>).payment_intent = structuredClone(intent);
    throw error;
  }
  intent.payment_method ??= newId('pm');
  const charge = createCharge(engine, intent, card, billing);
  intent.status = 'succeeded';
  intent.amount_received = intent.amount;
  intent.latest_charge = charge.id;
  intent.last_payment_error = null;
  engine.emit('charge.succeeded', charge, request);
  engine.emit('payment_intent.succeeded', intent, request);
  return intent;
}

export function getIntent(engine: Engine, id: string, param = 'intent'): PaymentIntent {
  const intent = engine.store.paymentIntents.get(id);
  if (!intent) throw resourceMissing('payment_intent', id, param);
  return intent;
}

function unexpectedState(intent: PaymentIntent, action: string): StripeError {
  return invalidRequest(
    `You cannot ${action} this PaymentIntent because it has a status of ${intent.status}.`,
    { code: 'payment_intent_unexpected_state' },
  );
}

const CONFIRM_FIELDS: Fields = {
  payment_method: { type: 'string' },
  receipt_email: { type: 'string', format: 'email' },
  return_url: { type: 'string', format: 'url' },
  payment_method_types: { type: 'array', of: { type: 'string' } },
};

function confirm(engine: Engine, intent: PaymentIntent, paymentMethod: string | undefined, request: RequestRef) {
  if (intent.status !== 'requires_payment_method' && intent.status !== 'requires_confirmation') {
    throw unexpectedState(intent, 'confirm');
  }
  if (paymentMethod) intent.payment_method = paymentMethod;
  if (!intent.payment_method) {
    throw invalidRequest(
      'You cannot confirm this PaymentIntent because it\'s missing a payment method. To confirm the PaymentIntent with a payment method, pass `payment_method`.',
      { code: 'payment_intent_unexpected_state' },
    );
  }
  return payIntent(engine, intent, cardFor(intent.payment_method), { email: intent.receipt_email, name: null }, request);
}

export const paymentIntentRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/payment_intents',
    fields: {
      amount: { type: 'integer', required: true, min: 1 },
      currency: { type: 'currency', required: true },
      metadata: { type: 'metadata' },
      description: { type: 'string', max: 1000 },
      receipt_email: { type: 'string', format: 'email' },
      transfer_group: { type: 'string' },
      payment_method: { type: 'string' },
      payment_method_types: { type: 'array', of: { type: 'string' } },
      automatic_payment_methods: { type: 'hash', fields: { enabled: { type: 'boolean', required: true }, allow_redirects: { type: 'string', oneOf: ['always', 'never'] } } },
      capture_method: { type: 'string', oneOf: ['automatic', 'automatic_async'] },
      confirm: { type: 'boolean' },
      return_url: { type: 'string', format: 'url' },
    },
    handle: ({ engine, params, request }) => {
      const intent = createIntent(engine, {
        ...params,
        metadata: mergeMetadata({}, params.metadata),
      } as NewIntent);
      engine.emit('payment_intent.created', intent, request);
      return params.confirm ? confirm(engine, intent, undefined, request) : intent;
    },
  },
  {
    method: 'GET',
    path: '/v1/payment_intents/:intent',
    fields: { client_secret: { type: 'string' } },
    handle: ({ engine, path }) => getIntent(engine, path.intent),
  },
  {
    method: 'POST',
    path: '/v1/payment_intents/:intent',
    fields: {
      metadata: { type: 'metadata' },
      description: { type: 'string', max: 1000 },
      receipt_email: { type: 'string', format: 'email' },
      transfer_group: { type: 'string' },
    },
    handle: ({ engine, path, params }) => {
      const intent = getIntent(engine, path.intent);
      intent.metadata = mergeMetadata(intent.metadata, params.metadata);
      if (params.description !== undefined) intent.description = params.description;
      if (params.receipt_email !== undefined) intent.receipt_email = params.receipt_email;
      if (params.transfer_group !== undefined) intent.transfer_group = params.transfer_group;
      return intent;
    },
  },
  {
    method: 'POST',
    path: '/v1/payment_intents/:intent/confirm',
    fields: CONFIRM_FIELDS,
    handle: ({ engine, path, params, request }) => {
      const intent = getIntent(engine, path.intent);
      if (params.receipt_email) intent.receipt_email = params.receipt_email;
      return confirm(engine, intent, params.payment_method, request);
    },
  },
  {
    method: 'POST',
    path: '/v1/payment_intents/:intent/cancel',
    fields: { cancellation_reason: { type: 'string', oneOf: ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'] } },
    handle: ({ engine, path, params, request }) => {
      const intent = getIntent(engine, path.intent);
      if (intent.status === 'succeeded' || intent.status === 'canceled') throw unexpectedState(intent, 'cancel');
      intent.status = 'canceled';
      intent.canceled_at = engine.nowSec();
      intent.cancellation_reason = params.cancellation_reason ?? null;
      engine.emit('payment_intent.canceled', intent, request);
      return intent;
    },
  },
  {
    method: 'GET',
    path: '/v1/payment_intents',
    fields: { ...LIST_FIELDS, customer: { type: 'string' } },
    handle: ({ engine, params }) =>
      list(engine.store.paymentIntents.newestFirst(), params, '/v1/payment_intents', 'payment_intent', () => !params.customer),
  },
];
