import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import type { StripeLocal } from '../src/index.ts';
import { rejection, receiver, sessionParams, start } from './helpers.ts';

let server: StripeLocal;
let stripe: Stripe;
let app: Awaited<ReturnType<typeof receiver>>;
beforeAll(async () => {
  ({ server, stripe } = await start());
  app = await receiver();
});
afterAll(async () => {
  await server.close();
  await app.close();
});

async function onboarded(country = 'CN'): Promise<Stripe.Account> {
  const account = await stripe.accounts.create({ type: 'express', country, email: 'creator@example.com', capabilities: { transfers: { requested: true } } });
  return server.onboardAccount(account.id) as unknown as Stripe.Account;
}

describe('Connect accounts and account links', () => {
  it('creates an Express account that cannot receive money until onboarded', async () => {
    const account = await stripe.accounts.create({
      type: 'express',
      country: 'JP',
      email: 'creator@example.com',
      capabilities: { transfers: { requested: true }, card_payments: { requested: true } },
      business_profile: { name: 'Aiko Creates' },
      metadata: { org: 'org_1' },
    });
    expect(account.id).toMatch(/^acct_[A-Za-z0-9]{16}$/);
    expect(account).toMatchObject({
      object: 'account',
      type: 'express',
      country: 'JP',
      default_currency: 'jpy',
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      capabilities: { transfers: 'inactive', card_payments: 'inactive' },
      metadata: { org: 'org_1' },
    });
    expect(account.requirements?.currently_due).not.toHaveLength(0);
    expect(await stripe.accounts.retrieve(account.id)).toEqual(account);
    expect((await stripe.accounts.list({ limit: 1 })).data[0].id).toBe(account.id);
    expect((await stripe.accounts.update(account.id, { metadata: { tier: 'gold' } })).metadata).toEqual({ org: 'org_1', tier: 'gold' });
  });

  it('an account link\'s url completes onboarding: account.updated, then redirect to return_url; used again → refresh_url', async () => {
    const account = await stripe.accounts.create({ type: 'express', country: 'CN' });
    const link = await stripe.accountLinks.create({
      account: account.id,
      type: 'account_onboarding',
      refresh_url: `${app.url}/refresh`,
      return_url: `${app.url}/return`,
    });
    expect(link).toMatchObject({ object: 'account_link' });
    expect(link.expires_at - link.created).toBe(300);
    expect(link.url.startsWith(`${server.url}/connect/onboard/`)).toBe(true);

    const visit = await fetch(link.url, { redirect: 'manual' });
    expect(visit.status).toBe(302);
    expect(visit.headers.get('location')).toBe(`${app.url}/return`);

    const after = await stripe.accounts.retrieve(account.id);
    expect(after).toMatchObject({ charges_enabled: true, payouts_enabled: true, details_submitted: true, capabilities: { transfers: 'active' } });
    expect(after.requirements?.currently_due).toEqual([]);
    const updated = server.events('account.updated').at(-1)!;
    expect(updated.data.object).toMatchObject({ id: account.id, charges_enabled: true });
    expect(updated.data.previous_attributes).toMatchObject({ charges_enabled: false, payouts_enabled: false });

    const again = await fetch(link.url, { redirect: 'manual' });
    expect(again.headers.get('location')).toBe(`${app.url}/refresh`);
  });

  it('rejects what Stripe rejects', async () => {
    expect(await rejection(stripe.accounts.create({ type: 'standard' }))).toMatchObject({ statusCode: 400, param: 'type' });
    expect(await rejection(stripe.accounts.create({ type: 'express', country: 'ZZ' }))).toMatchObject({ param: 'country' });
    expect(await rejection(stripe.accounts.retrieve('acct_nope'))).toMatchObject({ statusCode: 404, code: 'resource_missing' });
    expect(await rejection(stripe.accountLinks.create({ account: 'acct_nope', type: 'account_onboarding' }))).toMatchObject({ statusCode: 404, param: 'account' });
    expect(await rejection(stripe.accountLinks.create({ type: 'account_onboarding' } as never))).toMatchObject({ param: 'account', code: 'parameter_missing' });
  });
});

describe('transfers', () => {
  it('needs a destination that can receive transfers', async () => {
    const fresh = await stripe.accounts.create({ type: 'express', country: 'US' });
    const error = await rejection(stripe.transfers.create({ amount: 100, currency: 'usd', destination: fresh.id }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 400, param: 'destination' });
    expect(await rejection(stripe.transfers.create({ amount: 100, currency: 'usd', destination: 'acct_nope' }))).toMatchObject({ param: 'destination', code: 'resource_missing' });
    expect(await rejection(stripe.transfers.create({ amount: 100, currency: 'usd' } as never))).toMatchObject({ param: 'destination', code: 'parameter_missing' });
  });

  it('creates, retrieves and lists transfers; emits transfer.created; idempotency applies', async () => {
    const account = await onboarded();
    const transfer = await stripe.transfers.create(
      { amount: 12_345, currency: 'cny', destination: account.id, transfer_group: 'po_1', metadata: { payout: 'po_1' } },
      { idempotencyKey: 'payout-po_1' },
    );
    expect(transfer.id).toMatch(/^tr_/);
    expect(transfer).toMatchObject({ object: 'transfer', amount: 12_345, currency: 'cny', destination: account.id, amount_reversed: 0, reversed: false, transfer_group: 'po_1', livemode: false });
    const replay = await stripe.transfers.create(
      { amount: 12_345, currency: 'cny', destination: account.id, transfer_group: 'po_1', metadata: { payout: 'po_1' } },
      { idempotencyKey: 'payout-po_1' },
    );
    expect(replay.id).toBe(transfer.id);
    const conflict = await rejection(stripe.transfers.create({ amount: 1, currency: 'cny', destination: account.id }, { idempotencyKey: 'payout-po_1' }));
    expect(conflict).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(server.events('transfer.created').filter((e) => e.data.object.id === transfer.id)).toHaveLength(1);

    expect((await stripe.transfers.retrieve(transfer.id)).amount).toBe(12_345);
    expect((await stripe.transfers.list({ destination: account.id })).data.map((t) => t.id)).toEqual([transfer.id]);
    expect((await stripe.transfers.list({ transfer_group: 'po_1' })).data).toHaveLength(1);
    expect((await stripe.transfers.retrieve(transfer.id, { expand: ['destination'] })).destination).toMatchObject({ id: account.id, object: 'account' });
    expect(await rejection(stripe.transfers.retrieve('tr_nope'))).toMatchObject({ statusCode: 404 });
  });

  it('reverses in parts, never more than remains, emitting transfer.reversed', async () => {
    const account = await onboarded();
    const transfer = await stripe.transfers.create({ amount: 1_000, currency: 'cny', destination: account.id });
    const part = await stripe.transfers.createReversal(transfer.id, { amount: 400, metadata: { clawback: 'cml_1' } });
    expect(part).toMatchObject({ object: 'transfer_reversal', amount: 400, transfer: transfer.id, currency: 'cny' });
    expect(part.id).toMatch(/^trr_/);
    expect(await rejection(stripe.transfers.createReversal(transfer.id, { amount: 601 }))).toMatchObject({ statusCode: 400, param: 'amount' });
    const rest = await stripe.transfers.createReversal(transfer.id);
    expect(rest.amount).toBe(600);
    const after = await stripe.transfers.retrieve(transfer.id);
    expect(after).toMatchObject({ amount_reversed: 1_000, reversed: true });
    expect(after.reversals.data.map((r) => r.id)).toEqual([rest.id, part.id]);
    expect(await rejection(stripe.transfers.createReversal(transfer.id))).toMatchObject({ statusCode: 400 });
    const reversed = server.events('transfer.reversed').filter((e) => e.data.object.id === transfer.id);
    expect(reversed.map((e) => e.data.object.amount_reversed)).toEqual([400, 1_000]);
    expect((await stripe.transfers.listReversals(transfer.id)).data).toHaveLength(2);
    expect((await stripe.transfers.retrieveReversal(transfer.id, part.id)).amount).toBe(400);
  });

  it('with source_transaction, no more than the charge has left', async () => {
    const account = await onboarded();
    const session = await stripe.checkout.sessions.create(sessionParams());
    const intent = await stripe.paymentIntents.retrieve(server.completeCheckout(session.id).payment_intent as string);
    const charge = intent.latest_charge as string;
    await stripe.refunds.create({ charge, amount: 6_300 }); // 20,000 left
    await stripe.transfers.create({ amount: 15_000, currency: 'cny', destination: account.id, source_transaction: charge });
    expect(await rejection(stripe.transfers.create({ amount: 5_001, currency: 'cny', destination: account.id, source_transaction: charge }))).toMatchObject({ param: 'amount' });
    expect(await rejection(stripe.transfers.create({ amount: 1, currency: 'usd', destination: account.id, source_transaction: charge }))).toMatchObject({ param: 'currency' });
    const last = await stripe.transfers.create({ amount: 5_000, currency: 'cny', destination: account.id, source_transaction: charge });
    expect(last.source_transaction).toBe(charge);
  });
});
