import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { links } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { createOffer } from '@xuanpin/db/test/creator-factories';
import { createLink, createOpenOffer } from '@xuanpin/db/test/link-factories';
import { parseCsv } from '@xuanpin/core/csv';
import { call, db, BASE } from '../../../test/security';

describe('POST /v1/links/bulk', () => {
  it('answers 200 offers one by one: new links, existing ones, and failures that fail alone', async () => {
    const creator = await createTenant(db(), 'creator');
    const open = [];
    for (let i = 0; i < 180; i++) open.push(await createOpenOffer(db(), creator.org.id));
    const before = [];
    for (const offer of open.slice(0, 30)) before.push((await createLink(db(), creator.org.id, { offer, subId: 'live-1' })).link);
    const notOpen = [];
    for (let i = 0; i < 10; i++) notOpen.push((await createOffer(db(), { creatorOrgId: creator.org.id, rosterStatus: 'invited' })).id);
    const unknown = Array.from({ length: 5 }, (_, i) => `enr_${String(i).padStart(26, '0')}`);
    const offerIds = [...open.map((o) => o.id), ...notOpen, ...unknown, ...open.slice(40, 45).map((o) => o.id)];
    expect(offerIds).toHaveLength(200);

    const res = await call('POST', '/v1/links/bulk', { key: creator.key, body: { offerIds, subId: 'live-1' } });
    expect(res.status, res.text).toBe(200);
    const data = res.body.data as any[];
    expect(data.map((d) => d.offerId)).toEqual(offerIds);
    expect(data.slice(0, 30).map((d) => [d.result, d.link.id])).toEqual(before.map((l) => ['existing', l.id]));
    expect(data.slice(30, 180).every((d) => d.result === 'created' && d.link.subId === 'live-1' && d.link.status === 'active')).toBe(true);
    for (const d of data.slice(180, 195)) expect(d).toEqual({ offerId: d.offerId, result: 'failed', error: { code: 'not_found', message: `Offer ${d.offerId} not found.` } });
    // A repeated id answers the same link as its first mention.
    expect(data.slice(195).map((d) => d.link.id)).toEqual(data.slice(40, 45).map((d) => d.link.id));
    expect(res.body).toMatchObject({ created: 155, existing: 30, failed: 15 });
    expect(new Set(data.filter((d) => d.link).map((d) => d.link.code)).size).toBe(180);
    expect(await db().select().from(links).where(eq(links.creatorOrgId, creator.org.id))).toHaveLength(180);

    // Again: everything exists now, nothing new is made.
    const again = await call('POST', '/v1/links/bulk', { key: creator.key, body: { offerIds: open.map((o) => o.id), subId: 'live-1' } });
    expect(again.body).toMatchObject({ created: 0, existing: 180, failed: 0 });
    expect(again.body.data.map((d: any) => d.link.id)).toEqual(data.slice(0, 180).map((d) => d.link.id));

    // …and the run sheet downloads as CSV.
    const csv = await call('GET', '/v1/links.csv?subId=live-1', { key: creator.key });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const parsed = parseCsv(csv.text.replace(/^\uFEFF/, ''));
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.value.map((r) => r.fields);
    expect(header.slice(0, 4)).toEqual(['short_url', 'code', 'product', 'sub_id']);
    expect(rows).toHaveLength(180);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(data.slice(0, 180).map((d) => `${BASE}/l/${d.link.code}`)));
  });

  it('reports a destination conflict per offer', async () => {
    const creator = await createTenant(db(), 'creator');
    const withUrl = await createOpenOffer(db(), creator.org.id);
    const withoutUrl = await createOpenOffer(db(), creator.org.id, { productUrl: null });
    const res = await call('POST', '/v1/links/bulk', { key: creator.key, body: { offerIds: [withUrl.id, withoutUrl.id], destination: 'merchant' } });
    expect(res.status, res.text).toBe(200);
    expect(res.body.data.map((d: any) => [d.result, d.error?.code])).toEqual([
      ['created', undefined],
      ['failed', 'conflict'],
    ]);
  });

  it('takes 1 to 200 ids', async () => {
    const creator = await createTenant(db(), 'creator');
    for (const offerIds of [[], Array.from({ length: 201 }, (_, i) => `enr_${i}`)]) {
      const res = await call('POST', '/v1/links/bulk', { key: creator.key, body: { offerIds } });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.path).toBe('offerIds');
    }
  });
});
