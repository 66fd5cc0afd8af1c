import { describe, expect, it } from 'vitest';
import { call } from '../../../test/security';
import { apply, approvedOffer, atTime, DAY, market, nextUtcMidnight, onRoster } from './test-helpers';

const change = (m: { merchant: { key: string } }, id: string, body: Record<string, unknown>) =>
  call('POST', `/v1/enrollments/${id}/rates`, { key: m.merchant.key, body });

describe('POST /v1/enrollments/{id}/rates', () => {
  it('applies a raise at once, as a new version', async () => {
    const m = await market();
    const offer = await approvedOffer(m, { creatorRateBps: 2000 });
    const t = Date.now();
    const res = await change(m, offer.id, { creatorRateBps: 2500 });
    expect(res.status, res.text).toBe(201);
    expect(res.body.terms.map((v: any) => [v.version, v.creatorRateBps, v.serviceFeeBps])).toEqual([[1, 2000, 500], [2, 2500, 500]]);
    expect(res.body.terms[1].effectiveAt).toBeGreaterThanOrEqual(t);
    expect(res.body.terms[1].effectiveAt).toBeLessThanOrEqual(Date.now());
    expect(res.body.currentTerms).toMatchObject({ version: 2, creatorRateBps: 2500 });
    expect(res.body.status).toBe('approved');
  });

  it('lets a cut take effect only from the next UTC midnight, for every party', async () => {
    const m = await market();
    await onRoster(m);
    const offer = await approvedOffer(m, { creatorRateBps: 3000 });
    const now = Date.now();
    atTime(now);
    const res = await change(m, offer.id, { creatorRateBps: 2000 });
    expect(res.status, res.text).toBe(201);
    const midnight = nextUtcMidnight(now);
    expect(res.body.terms[1]).toMatchObject({ version: 2, creatorRateBps: 2000, effectiveAt: midnight });
    expect(res.body.currentTerms).toMatchObject({ version: 1, creatorRateBps: 3000 });

    // Today (one ms before midnight) every party still sees 30%, with the pending cut in the history.
    atTime(midnight - 1);
    for (const [key, path] of [[m.merchant.key, `/v1/enrollments/${offer.id}`], [m.provider.key, `/v1/enrollments/${offer.id}`]]) {
      const r = await call('GET', path, { key });
      expect(r.body.currentTerms.creatorRateBps, r.text).toBe(3000);
      expect(r.body.terms).toHaveLength(2);
    }
    const today = await call('GET', `/v1/offers/${offer.id}`, { key: m.creator.key });
    expect(today.body.creatorRateBps, today.text).toBe(3000);
    expect(today.body.terms).toHaveLength(2);

    // From midnight on, the cut is in force.
    atTime(midnight);
    const tomorrow = await call('GET', `/v1/enrollments/${offer.id}`, { key: m.merchant.key });
    expect(tomorrow.body.currentTerms).toMatchObject({ version: 2, creatorRateBps: 2000 });
    expect((await call('GET', `/v1/offers/${offer.id}`, { key: m.creator.key })).body.creatorRateBps).toBe(2000);
  });

  it('treats a service-fee cut as a cut, and honours a later requested time', async () => {
    const m = await market();
    const offer = await approvedOffer(m, { creatorRateBps: 2000, serviceFeeBps: 800 });
    const now = Date.now();
    atTime(now);
    const fee = await change(m, offer.id, { creatorRateBps: 2500, serviceFeeBps: 600 });
    expect(fee.body.terms[1].effectiveAt, fee.text).toBe(nextUtcMidnight(now));
    const later = now + 5 * DAY;
    const raise = await change(m, offer.id, { creatorRateBps: 2600, effectiveAt: later });
    expect(raise.body.terms[2], raise.text).toMatchObject({ version: 3, creatorRateBps: 2600, serviceFeeBps: 600, effectiveAt: later });
    // A requested time earlier than the rule allows is moved to the earliest allowed.
    const early = await change(m, offer.id, { creatorRateBps: 1500, effectiveAt: now + 1000 });
    expect(early.body.terms[3].effectiveAt, early.text).toBe(nextUtcMidnight(now));
  });

  it('lets the latest decision win once in force: a raise after a scheduled cut is not undone at midnight', async () => {
    const m = await market();
    const offer = await approvedOffer(m, { creatorRateBps: 3000 });
    const now = Date.now();
    atTime(now);
    await change(m, offer.id, { creatorRateBps: 2000 });
    const raise = await change(m, offer.id, { creatorRateBps: 3500 });
    expect(raise.body.currentTerms).toMatchObject({ version: 3, creatorRateBps: 3500 });
    atTime(nextUtcMidnight(now) + 1);
    expect((await call('GET', `/v1/enrollments/${offer.id}`, { key: m.merchant.key })).body.currentTerms.version).toBe(3);
  });

  it('checks the same bounds as applying, naming the field', async () => {
    const m = await market({ activity: { planType: 'targeted', minCreatorRateBps: 1000, serviceFeeBps: 500 } });
    const offer = await approvedOffer(m, { creatorRateBps: 2000 });
    for (const [body, path] of [
      [{ creatorRateBps: 999 }, 'creatorRateBps'],
      [{ creatorRateBps: 8001 }, 'creatorRateBps'],
      [{ creatorRateBps: 2000, serviceFeeBps: 499 }, 'serviceFeeBps'],
      [{ creatorRateBps: 2000, serviceFeeBps: 4001 }, 'serviceFeeBps'],
      [{ creatorRateBps: 8000, serviceFeeBps: 1001 }, 'creatorRateBps'],
      [{ creatorRateBps: 2000, effectiveAt: 'tomorrow' }, 'effectiveAt'],
    ] as const) {
      const res = await change(m, offer.id, body);
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path).toBe(path);
    }
    const ok = await change(m, offer.id, { creatorRateBps: 8000, serviceFeeBps: 1000 });
    expect(ok.status, ok.text).toBe(201);
    expect((await call('GET', `/v1/enrollments/${offer.id}`, { key: m.merchant.key })).body.terms).toHaveLength(2);
  });

  it('lets one of two concurrent changes win; the other is 409 and versions stay unique', async () => {
    const m = await market();
    const offer = await approvedOffer(m);
    const results = await Promise.all([2100, 2200, 2300, 2400].map((r) => change(m, offer.id, { creatorRateBps: r })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201).length, JSON.stringify(statuses)).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409), JSON.stringify(statuses)).toBe(true);
    const after = await call('GET', `/v1/enrollments/${offer.id}`, { key: m.merchant.key });
    const versions = after.body.terms.map((t: any) => t.version);
    expect(versions).toEqual([...versions.keys()].map((i) => i + 1));
    expect(versions).toHaveLength(1 + statuses.filter((s) => s === 201).length);
  });

  it('is 409 on a withdrawn, rejected or ended offer, and 404 for the provider or another merchant', async () => {
    const m = await market();
    const applied = await apply(m);
    expect((await call('POST', `/v1/enrollments/${applied.body.id}/rates`, { key: m.provider.key, body: { creatorRateBps: 2500 } })).status).toBe(404);
    await call('POST', `/v1/enrollments/${applied.body.id}/withdraw`, { key: m.merchant.key });
    const res = await change(m, applied.body.id, { creatorRateBps: 2500 });
    expect(res.status, res.text).toBe(409);
  });
});
