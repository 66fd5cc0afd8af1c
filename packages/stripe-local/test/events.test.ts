import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import type { StripeLocal } from '../src/index.ts';
import { rejection, sessionParams, start } from './helpers.ts';

let server: StripeLocal;
let stripe: Stripe;
beforeAll(async () => {
  ({ server, stripe } = await start());
  for (let i = 0; i < 3; i++) {
    const session = await stripe.checkout.sessions.create(sessionParams());
    server.completeCheckout(session.id);
  }
});
afterAll(() => server.close());

describe('events', () => {
  it('lists newest first with limit, starting_after and ending_before', async () => {
    const all = server.events().reverse(); // newest first
    expect(all).toHaveLength(12);
    const first = await stripe.events.list({ limit: 5 });
    expect(first.data.map((e) => e.id)).toEqual(all.slice(0, 5).map((e) => e.id));
    expect(first.has_more).toBe(true);
    expect(first.url).toBe('/v1/events');
    const second = await stripe.events.list({ limit: 5, starting_after: first.data[4].id });
    expect(second.data.map((e) => e.id)).toEqual(all.slice(5, 10).map((e) => e.id));
    const back = await stripe.events.list({ limit: 3, ending_before: second.data[0].id });
    expect(back.data.map((e) => e.id)).toEqual(all.slice(2, 5).map((e) => e.id));

    const ids: string[] = [];
    for await (const event of stripe.events.list({ limit: 4 })) ids.push(event.id);
    expect(ids).toEqual(all.map((e) => e.id));
  });

  it('filters by type, a trailing wildcard, or several types', async () => {
    const completed = await stripe.events.list({ type: 'checkout.session.completed' });
    expect(completed.data).toHaveLength(3);
    const payments = await stripe.events.list({ type: 'payment_intent.*', limit: 100 });
    expect(new Set(payments.data.map((e) => e.type))).toEqual(new Set(['payment_intent.created', 'payment_intent.succeeded']));
    const both = await stripe.events.list({ types: ['charge.succeeded', 'checkout.session.completed'], limit: 100 });
    expect(both.data).toHaveLength(6);
    const page = await stripe.events.list({ type: 'checkout.session.completed', limit: 1, starting_after: completed.data[0].id });
    expect(page.data[0].id).toBe(completed.data[1].id);
  });

  it('retrieves one with Stripe\'s event shape', async () => {
    const [latest] = (await stripe.events.list({ limit: 1 })).data;
    const event = await stripe.events.retrieve(latest.id);
    expect(event).toMatchObject({ object: 'event', livemode: false, type: 'checkout.session.completed', api_version: '2026-10-28.endive', pending_webhooks: 0 });
    expect(event.id).toMatch(/^evt_/);
    expect(event.data.object).toMatchObject({ object: 'checkout.session' });
    expect(await rejection(stripe.events.retrieve('evt_nope'))).toMatchObject({ statusCode: 404, code: 'resource_missing' });
  });

  it('rejects bad list parameters', async () => {
    expect(await rejection(stripe.events.list({ limit: 0 }))).toMatchObject({ param: 'limit' });
    expect(await rejection(stripe.events.list({ limit: 101 }))).toMatchObject({ param: 'limit' });
    expect(await rejection(stripe.events.list({ starting_after: 'evt_nope' }))).toMatchObject({ param: 'starting_after' });
    expect(await rejection(stripe.events.list({ colour: 'x' } as never))).toMatchObject({ param: 'colour', code: 'parameter_unknown' });
  });

  it('filters by created', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await stripe.events.list({ created: { gte: now - 60 }, limit: 100 })).data).toHaveLength(12);
    expect((await stripe.events.list({ created: { gt: now + 60 } })).data).toHaveLength(0);
  });
});
