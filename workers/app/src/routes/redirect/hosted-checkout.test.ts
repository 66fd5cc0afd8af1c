import { env, createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { links, orders, skus } from '@xuanpin/db';
import worker from '../../index';
import { BASE, db } from '../../../test/security';
import { buy, sessionIdOf, stripe, stripeLocalUrl } from '../../../test/stripe';
import { sellingSetup } from '../../services/orders/test-setup';

describe('POST /p/<code>/checkout', () => {
  it('creates a Stripe Checkout Session for the SKU, with the click id and the offer, and answers 303 to it', async () => {
    const s = await sellingSetup(db());
    const res = await buy(s.link.code, { sku: s.sku.id, quantity: '2', xp_click: s.click.id }, { origin: BASE, 'accept-language': 'ja' });
    expect(res.status, await res.text()).toBe(303);
    const location = res.headers.get('location')!;
    expect(location.startsWith(`${stripeLocalUrl()}/pay/cs_`)).toBe(true);
    const session = await (await stripe()).checkout.sessions.retrieve(sessionIdOf(location), { expand: ['line_items'] });
    expect(session).toMatchObject({
      mode: 'payment',
      status: 'open',
      client_reference_id: s.click.id,
      currency: 'cny',
      amount_total: 5_600,
      locale: 'ja',
      success_url: `${BASE}/p/${s.link.code}/thanks?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${BASE}/p/${s.link.code}?xp_click=${s.click.id}`,
      metadata: { kind: 'order', linkCode: s.link.code, offerId: s.offer.id, merchantOrgId: s.merchant.org.id, skuId: s.sku.id, quantity: '2' },
    });
    const [line] = session.line_items!.data;
    expect(line).toMatchObject({ quantity: 2, amount_total: 5_600, price: { unit_amount: 2_800, currency: 'cny' } });
    expect(line.description).toBe('Arita porcelain cup · White');
    // Nothing is recorded before Stripe says the session is paid.
    expect(await db().select().from(orders).where(eq(orders.merchantOrgId, s.merchant.org.id))).toEqual([]);
  });

  it('takes the click id from the cookie, and answers the same session to a double submit', async () => {
    const s = await sellingSetup(db());
    const first = await buy(s.link.code, { sku: s.sku.id, quantity: '1' }, { cookie: `xp_click=${s.click.id}` });
    const second = await buy(s.link.code, { sku: s.sku.id, quantity: '1' }, { cookie: `xp_click=${s.click.id}` });
    expect(first.status).toBe(303);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    const session = await (await stripe()).checkout.sessions.retrieve(sessionIdOf(first.headers.get('location')!));
    expect(session.client_reference_id).toBe(s.click.id);
    // Another quantity is another purchase.
    const third = await buy(s.link.code, { sku: s.sku.id, quantity: '3' }, { cookie: `xp_click=${s.click.id}` });
    expect(third.headers.get('location')).not.toBe(first.headers.get('location'));
  });

  it('sells without a click id too (the order is then recorded unattributed)', async () => {
    const s = await sellingSetup(db());
    const res = await buy(s.link.code, { sku: s.sku.id, quantity: '1', xp_click: 'forged' });
    expect(res.status).toBe(303);
    const session = await (await stripe()).checkout.sessions.retrieve(sessionIdOf(res.headers.get('location')!));
    expect(session.client_reference_id).toBeNull();
  });

  it('answers the page again with 400 naming the field for a bad SKU or quantity', async () => {
    const s = await sellingSetup(db());
    const other = await sellingSetup(db());
    const cases: [Record<string, string>, string, string][] = [
      [{ quantity: '1' }, 'sku', 'Option: choose one of the options shown.'],
      [{ sku: other.sku.id, quantity: '1' }, 'sku', 'Option: choose one of the options shown.'], // another product's SKU
      [{ sku: s.sku.id, quantity: '0' }, 'quantity', 'Quantity: enter a whole number from 1 to 50.'],
      [{ sku: s.sku.id, quantity: '51' }, 'quantity', 'Quantity: enter a whole number from 1 to 50.'],
      [{ sku: s.sku.id, quantity: '-1' }, 'quantity', 'Quantity: enter a whole number from 1 to 50.'],
      [{ sku: s.sku.id, quantity: '1.5' }, 'quantity', 'Quantity: enter a whole number from 1 to 50.'],
      [{ sku: s.sku.id }, 'quantity', 'Quantity: enter a whole number from 1 to 50.'],
    ];
    for (const [fields, field, message] of cases) {
      const res = await buy(s.link.code, { ...fields, xp_click: s.click.id });
      const html = await res.text();
      expect(res.status, JSON.stringify(fields)).toBe(400);
      expect(html).toContain(`data-field="${field}"`);
      expect(html).toContain(message);
      expect(html).toContain(`name="xp_click" value="${s.click.id}"`); // the attribution survives the correction
    }
    await db().update(skus).set({ stock: 0 }).where(eq(skus.id, s.sku.id));
    const soldOut = await buy(s.link.code, { sku: s.sku.id, quantity: '1' }, { 'accept-language': 'zh-CN' });
    expect(soldOut.status).toBe(400);
    expect(await soldOut.text()).toContain('规格：该规格已售罄');
  });

  it('sells nothing once the offer has ended, nor for an unknown code', async () => {
    const s = await sellingSetup(db());
    await db().update(links).set({ status: 'disabled' }).where(eq(links.id, s.link.id));
    const ended = await buy(s.link.code, { sku: s.sku.id, quantity: '1' });
    expect(ended.status).toBe(410);
    expect(ended.headers.get('location')).toBeNull();
    expect((await buy('AAAAAAAAAA', { sku: s.sku.id, quantity: '1' })).status).toBe(404);
  });

  it('refuses a form posted from another site', async () => {
    const s = await sellingSetup(db());
    const res = await buy(s.link.code, { sku: s.sku.id, quantity: '1' }, { origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.headers.get('location')).toBeNull();
  });

  it('answers 500 misconfigured without a Stripe secret key, and the product page still shows', async () => {
    const s = await sellingSetup(db());
    const bare = { ...env, STRIPE_SECRET_KEY: undefined } as typeof env;
    const send = async (request: Request) => {
      const ctx = createExecutionContext();
      const res = await worker.fetch(request, bare, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    };
    const form = new URLSearchParams({ sku: s.sku.id, quantity: '1' }).toString();
    const res = await send(new Request(`${BASE}/p/${s.link.code}/checkout`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form }));
    expect(res.status).toBe(500);
    expect(((await res.json()) as any).error.code).toBe('misconfigured');
    expect((await send(new Request(`${BASE}/p/${s.link.code}`))).status).toBe(200);
  });
});
