import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { journalEntries, organizations } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { BASE, call, db } from '../../../test/security';
import { completeCheckout, deliver, eventAbout, sessionIdOf, stripe, stripeLocalUrl } from '../../../test/stripe';
import { balancesOf, imbalancedJournals } from '../../services/ledger/balances';
import { refreshFunding } from '../../services/ledger/funding';
import { recordOrders } from '../../services/orders/record';
import { sellingSetup } from '../../services/orders/test-setup';

const merchantBalance = async (orgId: string, currency = 'CNY') =>
  (await balancesOf(db(), orgId, ['merchant_balance'])).find((b) => b.currency === currency)?.balance ?? 0;

describe('POST /v1/balance/top-ups', () => {
  it('starts a Checkout Session; once paid, the webhook credits the balance once and lifts the funding pause', async () => {
    const s = await sellingSetup(db());
    const now = Date.now();
    // A postback order the merchant owes 13.75 CNY of commission for, with no funds: its offers pause.
    await recordOrders(db(), { merchantOrgId: s.merchant.org.id, source: 'postback', now }, [
      { externalId: 'PB-1', clickId: s.click.id, currency: 'CNY', placedAt: now, lines: [{ sku: s.sku.id, quantity: 2, unitPrice: 2_800, discount: 100 }] },
    ]);
    await refreshFunding(db(), now, s.merchant.org.id);
    expect(await merchantBalance(s.merchant.org.id)).toBe(-1_375);
    const paused = async () => (await db().select().from(organizations).where(eq(organizations.id, s.merchant.org.id)))[0].fundingPausedAt;
    expect(await paused()).not.toBeNull();

    const res = await call('POST', '/v1/balance/top-ups', { key: s.merchant.key, body: { amount: 2_000, currency: 'CNY' } });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ id: expect.stringMatching(/^cs_/), amount: 2_000, currency: 'CNY' });
    expect(res.body.url.startsWith(`${stripeLocalUrl()}/pay/${res.body.id}`)).toBe(true);
    const session = await (await stripe()).checkout.sessions.retrieve(res.body.id);
    expect(session).toMatchObject({ amount_total: 2_000, currency: 'cny', metadata: { kind: 'top_up', merchantOrgId: s.merchant.org.id }, success_url: `${BASE}/?top_up=paid&session_id={CHECKOUT_SESSION_ID}` });
    // Nothing is credited before Stripe says it is paid.
    expect(await merchantBalance(s.merchant.org.id)).toBe(-1_375);

    await completeCheckout(res.body.id);
    const completed = await eventAbout(res.body.id, 'checkout.session.completed');
    const answers = await Promise.all([deliver(completed.id), deliver(completed.id)]);
    expect(answers.map((a) => a.body.result).sort()).toEqual(['top_up_credited', 'top_up_replayed']);
    expect((await deliver(completed.id)).body.result).toBe('top_up_replayed');
    expect(await merchantBalance(s.merchant.org.id)).toBe(625);
    expect(await paused()).toBeNull();
    const journals = await db().select().from(journalEntries).where(eq(journalEntries.idempotencyKey, `top_up:${res.body.id}`));
    expect(journals).toHaveLength(1);
    expect(journals[0]).toMatchObject({ kind: 'top_up', currency: 'CNY' });
    expect(await imbalancedJournals(db())).toBe(0);
  });

  it('answers the same session to a retry with the same idempotencyKey, and 409 to other content with it', async () => {
    const m = await createTenant(db(), 'merchant');
    const body = { amount: 50_000, currency: 'JPY', idempotencyKey: 'fund-2026-11' };
    const first = await call('POST', '/v1/balance/top-ups', { key: m.key, body });
    const again = await call('POST', '/v1/balance/top-ups', { key: m.key, body });
    expect(first.status, first.text).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    const clash = await call('POST', '/v1/balance/top-ups', { key: m.key, body: { ...body, amount: 60_000 } });
    expect(clash.status, clash.text).toBe(409);
    expect(clash.body.error.path).toBe('idempotencyKey');
    // Without a key every request is a new session.
    const a = await call('POST', '/v1/balance/top-ups', { key: m.key, body: { amount: 100, currency: 'USD' } });
    const b = await call('POST', '/v1/balance/top-ups', { key: m.key, body: { amount: 100, currency: 'USD' } });
    expect(a.body.id).not.toBe(b.body.id);
    expect(sessionIdOf(a.body.url)).toBe(a.body.id);
  });

  it('names the field for bad input', async () => {
    const m = await createTenant(db(), 'merchant');
    const cases: [unknown, string][] = [
      [{ amount: 0, currency: 'CNY' }, 'amount'],
      [{ amount: 1.5, currency: 'CNY' }, 'amount'],
      [{ amount: 100_000_000, currency: 'CNY' }, 'amount'],
      [{ amount: '100', currency: 'CNY' }, 'amount'],
      [{ amount: 100, currency: 'GBP' }, 'currency'],
      [{ amount: 100 }, 'currency'],
      [{ amount: 100, currency: 'CNY', extra: 1 }, 'extra'],
    ];
    for (const [body, path] of cases) {
      const res = await call('POST', '/v1/balance/top-ups', { key: m.key, body });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path, JSON.stringify(body)).toBe(path);
    }
  });

  it('is for merchants only', async () => {
    for (const kind of ['provider', 'creator'] as const) {
      const t = await createTenant(db(), kind);
      const res = await call('POST', '/v1/balance/top-ups', { key: t.key, body: { amount: 1_000, currency: 'CNY' } });
      expect(res.status, res.text).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
  });
});
