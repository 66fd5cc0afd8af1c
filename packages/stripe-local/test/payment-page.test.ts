/** The hosted page at a session's url, driven by plain fetch as a browser would: GET, POST the form, redirect. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Stripe from 'stripe';
import type { StripeLocal } from '../src/index.ts';
import { receiver, sessionParams, start } from './helpers.ts';

let server: StripeLocal;
let stripe: Stripe;
let shop: Awaited<ReturnType<typeof receiver>>;
beforeAll(async () => {
  ({ server, stripe } = await start());
  shop = await receiver(); // stands in for the product's success page
});
afterAll(async () => {
  await server.close();
  await shop.close();
});

function form(fields: Record<string, string>) {
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() };
}

describe('hosted payment page', () => {
  it('shows the amount and a Pay button, pays on POST and redirects to success_url with the session id', async () => {
    const successBase = shop.url.replace('/webhooks/stripe', '/thanks');
    const session = await stripe.checkout.sessions.create(sessionParams({ success_url: `${successBase}?session_id={CHECKOUT_SESSION_ID}` }));

    const page = await fetch(session.url!);
    const html = await page.text();
    expect(page.status, html).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('CN¥263.00');
    expect(html).toContain('Matcha set 抹茶');
    expect(html).toMatch(/<button[^>]*>Pay<\/button>/);
    expect(html).toContain('value="buyer@example.com"');
    expect(html).toContain('test double');

    const paid = await fetch(session.url!, { ...form({ email: 'payer@example.com', name: 'Han Meimei', card: '4242 4242 4242 4242' }), redirect: 'manual' });
    expect(paid.status, await paid.text()).toBe(303);
    const location = paid.headers.get('location')!;
    expect(location).toBe(`${successBase}?session_id=${session.id}`);

    const followed = await fetch(location);
    expect(followed.status).toBe(200);
    expect(shop.received.at(-1)).toBeDefined();

    const after = await stripe.checkout.sessions.retrieve(session.id);
    expect(after).toMatchObject({ status: 'complete', payment_status: 'paid' });
    expect(after.customer_details?.email).toBe('payer@example.com');
    expect(server.events('checkout.session.completed').some((e) => e.data.object.id === session.id)).toBe(true);

    // The page of a paid session says so; paying again changes nothing.
    const again = await fetch(session.url!);
    expect(await again.text()).toContain('This payment is complete.');
    const twice = await fetch(session.url!, { ...form({ email: 'payer@example.com' }), redirect: 'manual' });
    expect(twice.status).toBe(200);
    expect(server.events('checkout.session.completed').filter((e) => e.data.object.id === session.id)).toHaveLength(1);
  });

  it('follows the redirect with fetch defaults', async () => {
    const successBase = shop.url.replace('/webhooks/stripe', '/ok');
    const session = await stripe.checkout.sessions.create(sessionParams({ success_url: `${successBase}/{CHECKOUT_SESSION_ID}` }));
    const res = await fetch(session.url!, form({ email: 'a@example.com' }));
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${successBase}/${session.id}`);
  });

  it('a declined test card shows the error and leaves the session open', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams());
    const res = await fetch(session.url!, { ...form({ email: 'a@example.com', card: '4000 0000 0000 0002' }), redirect: 'manual' });
    const html = await res.text();
    expect(res.status).toBe(402);
    expect(html).toContain('Your card was declined.');
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe('open');
  });

  it('without success_url it shows a confirmation; unknown and expired sessions are pages too', async () => {
    const session = await stripe.checkout.sessions.create(sessionParams({ success_url: undefined }));
    const res = await fetch(session.url!, form({ email: 'a@example.com' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Payment complete');

    expect((await fetch(`${server.url}/pay/cs_test_unknown`)).status).toBe(404);
    const expired = await stripe.checkout.sessions.create(sessionParams());
    await stripe.checkout.sessions.expire(expired.id);
    const gone = await fetch(`${server.url}/pay/${expired.id}`);
    expect(gone.status).toBe(410);
  });

  it('escapes what merchants typed', async () => {
    const session = await stripe.checkout.sessions.create(
      sessionParams({ line_items: [{ price_data: { currency: 'usd', unit_amount: 100, product_data: { name: '<script>alert(1)</script>' } }, quantity: 1 }] }),
    );
    const html = await (await fetch(session.url!)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;');
  });
});
