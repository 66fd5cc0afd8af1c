import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import type { StripeLocal } from '../src/index.ts';
import { SECRET_KEY, json, rejection, sdk, start } from './helpers.ts';

let server: StripeLocal;
beforeAll(async () => ({ server } = await start()));
afterAll(() => server.close());

describe('authentication and error bodies', () => {
  it('no key is 401 with Stripe\'s error body', async () => {
    const res = await fetch(`${server.url}/v1/checkout/sessions`);
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body).toEqual({ error: { type: 'invalid_request_error', message: expect.stringContaining('You did not provide an API key') } });
    expect(res.headers.get('request-id')).toMatch(/^req_/);
  });

  it('a malformed or live key is a StripeAuthenticationError', async () => {
    for (const key of ['sk_test_', 'pk_test_abc', 'sk_live_abcdefghijkl', 'nonsense']) {
      const error = await rejection(sdk(server, key).paymentIntents.list());
      expect(error, key).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
      expect(error.statusCode).toBe(401);
    }
    const live = await rejection(sdk(server, 'sk_live_abcdefghijklmnop').paymentIntents.list());
    expect(live.message).toContain('sk_live_');
    expect(live.message).not.toContain('abcdefghijklmnop');
  });

  it('accepts any test key, by Bearer or Basic auth (curl -u sk_test_…:)', async () => {
    expect((await sdk(server, 'sk_test_anything').events.list()).object).toBe('list');
    expect((await sdk(server, 'rk_test_restricted').events.list()).object).toBe('list');
    const basic = await fetch(`${server.url}/v1/events`, { headers: { authorization: `Basic ${Buffer.from(`${SECRET_KEY}:`).toString('base64')}` } });
    expect(basic.status).toBe(200);
  });

  it('unknown URLs are 404 invalid_request_error; wrong methods too', async () => {
    const auth = { authorization: `Bearer ${SECRET_KEY}` };
    const res = await fetch(`${server.url}/v1/customers`, { headers: auth });
    expect(res.status).toBe(404);
    expect((await json(res)).error).toMatchObject({ type: 'invalid_request_error', message: expect.stringContaining('Unrecognized request URL (GET: /v1/customers)') });
    const wrong = await fetch(`${server.url}/v1/events/evt_1`, { method: 'POST', headers: auth });
    expect(wrong.status).toBe(400);
    const nothing = await fetch(`${server.url}/nothing-here`);
    expect(nothing.status).toBe(404);
  });

  it('JSON bodies are refused (Stripe takes form encoding)', async () => {
    const res = await fetch(`${server.url}/v1/payment_intents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ amount: 100, currency: 'usd' }),
    });
    expect(res.status).toBe(400);
    expect((await json(res)).error.message).toContain('x-www-form-urlencoded');
  });

  it('error bodies carry type, message, code, param and doc_url; responses carry Request-Id and Stripe-Version', async () => {
    const res = await fetch(`${server.url}/v1/payment_intents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET_KEY}`, 'content-type': 'application/x-www-form-urlencoded', 'stripe-version': '2026-10-28.endive' },
      body: 'currency=usd',
    });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({
      error: {
        type: 'invalid_request_error',
        code: 'parameter_missing',
        param: 'amount',
        message: 'Missing required param: amount.',
        doc_url: 'https://stripe.com/docs/error-codes/parameter-missing',
      },
    });
    expect(res.headers.get('stripe-version')).toBe('2026-10-28.endive');
  });

  it('the SDK surfaces the raw fields', async () => {
    const stripe = sdk(server);
    const error = await rejection(stripe.paymentIntents.create({ amount: 100, currency: 'usd', metadata: { ['k'.repeat(41)]: 'v' } }));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error.param).toBe(`metadata[${'k'.repeat(41)}]`);
    expect(error.requestId).toMatch(/^req_/);
  });
});
