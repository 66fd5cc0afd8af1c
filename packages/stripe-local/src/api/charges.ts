/**
 * Charges: created when a payment intent succeeds (never directly), retrievable and listable. The test card numbers
 * Stripe documents decide the outcome: 4242… succeeds, 4000 0000 0000 0002 is declined, and so on.
 */
import { createHash } from 'node:crypto';
import type { Engine } from '../engine.ts';
import { cardDeclined, resourceMissing } from '../errors.ts';
import { newId } from '../ids.ts';
import { LIST_FIELDS } from '../params.ts';
import { list } from '../list.ts';
import type { Route } from '../router.ts';
import type { CardDetails, Charge, PaymentIntent } from '../types.ts';

/** What the buyer paid with, as far as this double cares. */
export interface Card {
  number: string;
  /** Overrides the fingerprint derived from the number (tests of "same card, different email"). */
  fingerprint?: string;
  expMonth?: number;
  expYear?: number;
  country?: string;
}

export interface Billing {
  email: string | null;
  name: string | null;
}

export const DEFAULT_CARD_NUMBER = '4242424242424242';

const DECLINES: Record<string, { message: string; decline_code: string }> = {
  '4000000000000002': { message: 'Your card was declined.', decline_code: 'generic_decline' },
  '4000000000009995': { message: 'Your card has insufficient funds.', decline_code: 'insufficient_funds' },
  '4000000000000069': { message: 'Your card has expired.', decline_code: 'expired_card' },
};

function brandOf(number: string): string {
  if (number.startsWith('4')) return 'visa';
  if (/^5[1-5]/.test(number) || /^2[2-7]/.test(number)) return 'mastercard';
  if (/^3[47]/.test(number)) return 'amex';
  if (number.startsWith('62')) return 'unionpay';
  if (number.startsWith('35')) return 'jcb';
  return 'visa';
}

/** Stripe's fingerprint is the same for the same card number on one account; so is this one. */
export function fingerprintOf(number: string): string {
  return createHash('sha256').update(`stripe-local card ${number}`).digest('base64url').replace(/[-_]/g, '').slice(0, 16);
}

export function normaliseCardNumber(raw: string | undefined): string {
  const digits = (raw ?? '').replace(/[\s-]/g, '');
  return /^\d{12,19}$/.test(digits) ? digits : DEFAULT_CARD_NUMBER;
}

/** Throws Stripe's 402 card_error for the decline test numbers. */
export function checkCard(card: Card): void {
  const decline = DECLINES[card.number];
  if (decline) {
    const error = cardDeclined(decline.message);
    (error.body as { decline_code?: string }).decline_code = decline.decline_code;
    throw error;
  }
}

function cardDetails(engine: Engine, card: Card): CardDetails & Record<string, unknown> {
  const brand = brandOf(card.number);
  return {
    amount_authorized: null,
    brand,
    checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
    country: card.country ?? 'US',
    exp_month: card.expMonth ?? 12,
    exp_year: card.expYear ?? new Date(engine.now()).getUTCFullYear() + 3,
    fingerprint: card.fingerprint ?? fingerprintOf(card.number),
    funding: 'credit',
    installments: null,
    last4: card.number.slice(-4),
    mandate: null,
    network: brand,
    three_d_secure: null,
    wallet: null,
  };
}

/** The succeeded charge of a payment intent (the caller emits charge.succeeded with the intent's events). */
export function createCharge(engine: Engine, intent: PaymentIntent, card: Card, billing: Billing): Charge {
  const id = newId('ch');
  const charge: Charge = {
    id,
    object: 'charge',
    amount: intent.amount,
    amount_captured: intent.amount,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: newId('txn'),
    billing_details: {
      address: { city: null, country: card.country ?? null, line1: null, line2: null, postal_code: null, state: null },
      email: billing.email,
      name: billing.name,
      phone: null,
    },
    calculated_statement_descriptor: 'STRIPE-LOCAL',
    captured: true,
    created: engine.nowSec(),
    currency: intent.currency,
    customer: null,
    description: intent.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    fraud_details: {},
    livemode: false,
    metadata: { ...intent.metadata },
    on_behalf_of: null,
    outcome: {
      network_status: 'approved_by_network',
      reason: null,
      risk_level: 'normal',
      risk_score: 32,
      seller_message: 'Payment complete.',
      type: 'authorized',
    },
    paid: true,
    payment_intent: intent.id,
    payment_method: intent.payment_method ?? newId('pm'),
    payment_method_details: { card: cardDetails(engine, card), type: 'card' },
    receipt_email: intent.receipt_email ?? billing.email,
    receipt_number: null,
    receipt_url: `${engine.baseUrl}/receipts/${id}`,
    refunded: false,
    refunds: { object: 'list', data: [], has_more: false, total_count: 0, url: `/v1/charges/${id}/refunds` },
    review: null,
    shipping: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: 'succeeded',
    transfer_data: null,
    transfer_group: intent.transfer_group,
  };
  return engine.store.charges.insert(charge);
}

export function getCharge(engine: Engine, id: string, param = 'charge'): Charge {
  const charge = engine.store.charges.get(id);
  if (!charge) throw resourceMissing('charge', id, param);
  return charge;
}

export const chargeRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/charges/:charge',
    fields: {},
    handle: ({ engine, path }) => getCharge(engine, path.charge),
  },
  {
    method: 'GET',
    path: '/v1/charges',
    fields: { ...LIST_FIELDS, payment_intent: { type: 'string' }, transfer_group: { type: 'string' }, customer: { type: 'string' } },
    handle: ({ engine, params }) =>
      list(engine.store.charges.newestFirst(), params, '/v1/charges', 'charge', (c) =>
        (!params.payment_intent || c.payment_intent === params.payment_intent) &&
        (!params.transfer_group || c.transfer_group === params.transfer_group) &&
        !params.customer,
      ),
  },
];

