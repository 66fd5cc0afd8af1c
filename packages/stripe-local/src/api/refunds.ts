/**
 * Refunds of a charge or of a payment intent's charge, whole or partial, never above what remains: the charge's
 * amount_refunded and refunds list grow, and `charge.refunded` and `refund.created` are emitted.
 */
import type { Engine, RequestRef } from '../engine.ts';
import { formatAmount } from '../currencies.ts';
import { invalidParam, invalidRequest, resourceMissing } from '../errors.ts';
import { newId } from '../ids.ts';
import { LIST_FIELDS, mergeMetadata, type Params } from '../params.ts';
import { list } from '../list.ts';
import type { Route } from '../router.ts';
import type { Charge, Refund } from '../types.ts';
import { getCharge } from './charges.ts';
import { getIntent } from './payment-intents.ts';

function chargeToRefund(engine: Engine, params: Params): Charge {
  if (params.charge && params.payment_intent) {
    throw invalidRequest('You may only specify one of these parameters: charge, payment_intent.');
  }
  if (params.charge) return getCharge(engine, params.charge, 'charge');
  if (!params.payment_intent) {
    throw invalidParam('charge', 'One of the following params should be provided for this request: payment_intent or charge.', 'parameter_missing');
  }
  const intent = getIntent(engine, params.payment_intent, 'payment_intent');
  if (intent.status !== 'succeeded' || !intent.latest_charge) {
    throw invalidParam(
      'payment_intent',
      `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
      'charge_not_refundable',
    );
  }
  return getCharge(engine, intent.latest_charge);
}

export function createRefund(engine: Engine, params: Params, request: RequestRef): Refund {
  const charge = chargeToRefund(engine, params);
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining === 0) {
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
  }
  const amount: number = params.amount ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
      { param: 'amount', code: 'amount_too_large' },
    );
  }
  const refund: Refund = {
    id: newId('re'),
    object: 'refund',
    amount,
    balance_transaction: newId('txn'),
    charge: charge.id,
    created: engine.nowSec(),
    currency: charge.currency,
    destination_details: {
      card: { reference_status: 'pending', reference_type: 'acquirer_reference_number', type: 'refund' },
      type: 'card',
    },
    metadata: mergeMetadata({}, params.metadata),
    payment_intent: charge.payment_intent,
    reason: params.reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
  engine.store.refunds.insert(refund);
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  charge.refunds = {
    ...charge.refunds,
    data: [refund, ...charge.refunds.data],
    total_count: (charge.refunds.total_count ?? 0) + 1,
  };
  engine.emit('charge.refunded', charge, request, previous);
  engine.emit('refund.created', refund, request);
  return refund;
}

export function getRefund(engine: Engine, id: string): Refund {
  const refund = engine.store.refunds.get(id);
  if (!refund) throw resourceMissing('refund', id, 'refund');
  return refund;
}

export const refundRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/refunds',
    fields: {
      charge: { type: 'string' },
      payment_intent: { type: 'string' },
      amount: { type: 'integer', min: 1 },
      reason: { type: 'string', oneOf: ['duplicate', 'fraudulent', 'requested_by_customer'] },
      metadata: { type: 'metadata' },
      instructions_email: { type: 'string', format: 'email' },
    },
    handle: ({ engine, params, request }) => createRefund(engine, params, request),
  },
  {
    method: 'GET',
    path: '/v1/refunds/:refund',
    fields: {},
    handle: ({ engine, path }) => getRefund(engine, path.refund),
  },
  {
    method: 'POST',
    path: '/v1/refunds/:refund',
    fields: { metadata: { type: 'metadata' } },
    handle: ({ engine, path, params, request }) => {
      const refund = getRefund(engine, path.refund);
      const previous = { metadata: refund.metadata };
      refund.metadata = mergeMetadata(refund.metadata, params.metadata);
      engine.emit('refund.updated', refund, request, previous);
      return refund;
    },
  },
  {
    method: 'GET',
    path: '/v1/refunds',
    fields: { ...LIST_FIELDS, charge: { type: 'string' }, payment_intent: { type: 'string' } },
    handle: ({ engine, params }) =>
      list(engine.store.refunds.newestFirst(), params, '/v1/refunds', 'refund', (r) =>
        (!params.charge || r.charge === params.charge) &&
        (!params.payment_intent || r.payment_intent === params.payment_intent),
      ),
  },
];
