/**
 * Connect transfers to Express accounts, and their reversals. Balances are not modelled: a transfer needs a
 * destination that can receive transfers (onboarded), and with `source_transaction` no more than what that charge
 * has left (its amount less refunds and earlier transfers from it).
 */
import type { Engine, RequestRef } from '../engine.ts';
import { formatAmount } from '../currencies.ts';
import { invalidParam, invalidRequest, resourceMissing } from '../errors.ts';
import { newId } from '../ids.ts';
import { LIST_FIELDS, mergeMetadata, type Params } from '../params.ts';
import { list } from '../list.ts';
import type { Route } from '../router.ts';
import type { Transfer, TransferReversal } from '../types.ts';

function createTransfer(engine: Engine, params: Params, request: RequestRef): Transfer {
  const destination = engine.store.accounts.get(params.destination);
  if (!destination) throw invalidParam('destination', `No such destination: '${params.destination}'`, 'resource_missing');
  if (destination.capabilities.transfers !== 'active') {
    throw invalidParam(
      'destination',
      'Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments',
      'insufficient_capabilities_for_transfer',
    );
  }
  if (params.source_transaction) {
    const charge = engine.store.charges.get(params.source_transaction);
    if (!charge) throw invalidParam('source_transaction', `No such charge: '${params.source_transaction}'`, 'resource_missing');
    if (charge.currency !== params.currency) {
      throw invalidParam('currency', `The currency of source_transaction's balance transaction (${charge.currency}) must be the same as the transfer currency (${params.currency}).`);
    }
    const used = engine.store.transfers
      .all()
      .filter((t) => t.source_transaction === charge.id)
      .reduce((sum, t) => sum + t.amount - t.amount_reversed, 0);
    const available = charge.amount - charge.amount_refunded - used;
    if (params.amount > available) {
      throw invalidParam(
        'amount',
        `The transfer amount (${formatAmount(params.amount, charge.currency)}) exceeds the amount available from the source transaction (${formatAmount(Math.max(available, 0), charge.currency)}).`,
        'amount_too_large',
      );
    }
  }
  const id = newId('tr');
  const transfer: Transfer = {
    id,
    object: 'transfer',
    amount: params.amount,
    amount_reversed: 0,
    balance_transaction: newId('txn'),
    created: engine.nowSec(),
    currency: params.currency,
    description: params.description ?? null,
    destination: destination.id,
    destination_payment: newId('py'),
    livemode: false,
    metadata: mergeMetadata({}, params.metadata),
    reversals: { object: 'list', data: [], has_more: false, total_count: 0, url: `/v1/transfers/${id}/reversals` },
    reversed: false,
    source_transaction: params.source_transaction ?? null,
    source_type: 'card',
    transfer_group: params.transfer_group ?? null,
  };
  engine.store.transfers.insert(transfer);
  engine.emit('transfer.created', transfer, request);
  return transfer;
}

function getTransfer(engine: Engine, id: string): Transfer {
  const transfer = engine.store.transfers.get(id);
  if (!transfer) throw resourceMissing('transfer', id);
  return transfer;
}

function reverse(engine: Engine, transfer: Transfer, params: Params, request: RequestRef): TransferReversal {
  const remaining = transfer.amount - transfer.amount_reversed;
  if (remaining === 0) throw invalidRequest(`Transfer ${transfer.id} has already been fully reversed.`);
  const amount: number = params.amount ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `Reversal amount (${formatAmount(amount, transfer.currency)}) is greater than the transfer's remaining amount (${formatAmount(remaining, transfer.currency)}).`,
      { param: 'amount', code: 'amount_too_large' },
    );
  }
  const reversal: TransferReversal = {
    id: newId('trr'),
    object: 'transfer_reversal',
    amount,
    balance_transaction: newId('txn'),
    created: engine.nowSec(),
    currency: transfer.currency,
    destination_payment_refund: newId('pyr'),
    metadata: mergeMetadata({}, params.metadata),
    source_refund: null,
    transfer: transfer.id,
  };
  engine.store.transferReversals.insert(reversal);
  const previous = { amount_reversed: transfer.amount_reversed, reversed: transfer.reversed };
  transfer.amount_reversed += amount;
  transfer.reversed = transfer.amount_reversed === transfer.amount;
  transfer.reversals = {
    ...transfer.reversals,
    data: [reversal, ...transfer.reversals.data],
    total_count: (transfer.reversals.total_count ?? 0) + 1,
  };
  engine.emit('transfer.reversed', transfer, request, previous);
  return reversal;
}

export const transferRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/transfers',
    fields: {
      amount: { type: 'integer', required: true, min: 1 },
      currency: { type: 'currency', required: true },
      destination: { type: 'string', required: true },
      transfer_group: { type: 'string' },
      description: { type: 'string', max: 1000 },
      metadata: { type: 'metadata' },
      source_transaction: { type: 'string' },
      source_type: { type: 'string', oneOf: ['bank_account', 'card', 'fpx'] },
    },
    handle: ({ engine, params, request }) => createTransfer(engine, params, request),
  },
  {
    method: 'GET',
    path: '/v1/transfers/:id',
    fields: {},
    handle: ({ engine, path }) => getTransfer(engine, path.id),
  },
  {
    method: 'POST',
    path: '/v1/transfers/:id',
    fields: { description: { type: 'string', max: 1000 }, metadata: { type: 'metadata' } },
    handle: ({ engine, path, params, request }) => {
      const transfer = getTransfer(engine, path.id);
      const previous: Record<string, unknown> = {};
      if (params.metadata) {
        previous.metadata = transfer.metadata;
        transfer.metadata = mergeMetadata(transfer.metadata, params.metadata);
      }
      if (params.description !== undefined) {
        previous.description = transfer.description;
        transfer.description = params.description;
      }
      engine.emit('transfer.updated', transfer, request, previous);
      return transfer;
    },
  },
  {
    method: 'GET',
    path: '/v1/transfers',
    fields: { ...LIST_FIELDS, destination: { type: 'string' }, transfer_group: { type: 'string' } },
    handle: ({ engine, params }) =>
      list(engine.store.transfers.newestFirst(), params, '/v1/transfers', 'transfer', (t) =>
        (!params.destination || t.destination === params.destination) &&
        (!params.transfer_group || t.transfer_group === params.transfer_group),
      ),
  },
  {
    method: 'POST',
    path: '/v1/transfers/:id/reversals',
    fields: {
      amount: { type: 'integer', min: 1 },
      description: { type: 'string', max: 1000 },
      metadata: { type: 'metadata' },
      refund_application_fee: { type: 'boolean' },
    },
    handle: ({ engine, path, params, request }) => reverse(engine, getTransfer(engine, path.id), params, request),
  },
  {
    method: 'GET',
    path: '/v1/transfers/:id/reversals',
    fields: { limit: LIST_FIELDS.limit, starting_after: LIST_FIELDS.starting_after, ending_before: LIST_FIELDS.ending_before },
    handle: ({ engine, path, params }) => {
      getTransfer(engine, path.id);
      const rows = engine.store.transferReversals.newestFirst().filter((r) => r.transfer === path.id);
      return list(rows, params, `/v1/transfers/${path.id}/reversals`, 'transfer_reversal');
    },
  },
  {
    method: 'GET',
    path: '/v1/transfers/:id/reversals/:reversal',
    fields: {},
    handle: ({ engine, path }) => {
      getTransfer(engine, path.id);
      const reversal = engine.store.transferReversals.get(path.reversal);
      if (!reversal || reversal.transfer !== path.id) throw resourceMissing('transfer_reversal', path.reversal);
      return reversal;
    },
  },
];
