import { describe, expect, it } from 'vitest';
import { call } from '../../../test/security';
import { apply, approvedOffer, market } from './test-helpers';

const withdraw = (key: string, id: string) => call('POST', `/v1/enrollments/${id}/withdraw`, { key });

describe('POST /v1/enrollments/{id}/withdraw', () => {
  it('withdraws an applied or an approved enrollment', async () => {
    for (const approve of [false, true]) {
      const m = await market();
      const e = approve ? await approvedOffer(m) : (await apply(m)).body;
      const res = await withdraw(m.merchant.key, e.id);
      expect(res.status, res.text).toBe(200);
      expect(res.body.status).toBe('withdrawn');
    }
  });

  it('answers 409 from withdrawn, rejected or ended', async () => {
    const m = await market();
    const e = (await apply(m)).body;
    await withdraw(m.merchant.key, e.id);
    expect((await withdraw(m.merchant.key, e.id)).status).toBe(409);

    const r = await market();
    const rej = (await apply(r)).body;
    await call('POST', `/v1/enrollments/${rej.id}/reject`, { key: r.provider.key, body: { reason: 'no' } });
    expect((await withdraw(r.merchant.key, rej.id)).status).toBe(409);

    const c = await market();
    const ended = await approvedOffer(c);
    await call('POST', `/v1/activities/${c.activity.id}/close`, { key: c.provider.key });
    const res = await withdraw(c.merchant.key, ended.id);
    expect(res.status, res.text).toBe(409);
  });

  it('is for the merchant only: the provider gets 404', async () => {
    const m = await market();
    const e = (await apply(m)).body;
    const res = await withdraw(m.provider.key, e.id);
    expect(res.status, res.text).toBe(404);
  });
});
