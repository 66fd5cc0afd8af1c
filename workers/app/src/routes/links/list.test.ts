import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { products } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { createLink, createOpenOffer } from '@xuanpin/db/test/link-factories';
import { parseCsv } from '@xuanpin/core/csv';
import { SELF } from 'cloudflare:test';
import { BASE, call, db } from '../../../test/security';

describe('GET /v1/links and /v1/links.csv', () => {
  it('lists your links newest first, with filters and stable pages', async () => {
    const creator = await createTenant(db(), 'creator');
    const offer = await createOpenOffer(db(), creator.org.id);
    const a = (await createLink(db(), creator.org.id, { offer })).link;
    const b = (await createLink(db(), creator.org.id, { offer, subId: 'live-2', status: 'disabled' })).link;
    const c = (await createLink(db(), creator.org.id, { subId: 'live-2' })).link;
    await createLink(db(), (await createTenant(db(), 'creator')).org.id);
    const ids = async (qs = '') => {
      const res = await call('GET', `/v1/links${qs}`, { key: creator.key });
      expect(res.status, res.text).toBe(200);
      return res.body.data.map((l: any) => l.id);
    };
    expect(await ids()).toEqual([c.id, b.id, a.id]);
    expect(await ids(`?offerId=${offer.id}`)).toEqual([b.id, a.id]);
    expect(await ids('?status=disabled')).toEqual([b.id]);
    expect(await ids('?subId=live-2')).toEqual([c.id, b.id]);
    const page = await call('GET', '/v1/links?limit=2', { key: creator.key });
    expect(page.body.nextCursor).toBe(b.id);
    expect(await ids(`?limit=2&cursor=${page.body.nextCursor}`)).toEqual([a.id]);
    expect((await call('GET', '/v1/links?status=gone', { key: creator.key })).body.error.path).toBe('status');
  });

  it('is for creators', async () => {
    for (const kind of ['merchant', 'provider'] as const) {
      const t = await createTenant(db(), kind);
      expect((await call('GET', '/v1/links', { key: t.key })).status).toBe(403);
      expect((await call('GET', '/v1/links.csv', { key: t.key })).status).toBe(403);
    }
  });

  it('writes a CSV that a spreadsheet cannot run as a formula', async () => {
    const creator = await createTenant(db(), 'creator');
    const { offer, link } = await createLink(db(), creator.org.id, { subId: '-live' });
    await db().update(products).set({ title: '=HYPERLINK("http://evil.example","Arita, cup")' }).where(eq(products.id, offer.product.id));
    const res = await SELF.fetch(`${BASE}/v1/links.csv`, { headers: { authorization: `Bearer ${creator.key}` } });
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="links.csv"');
    // Response.text() would drop the byte-order mark; keep it visible.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(text.slice(1));
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, row] = parsed.value.map((r) => r.fields);
    const col = (name: string) => row[header.indexOf(name)];
    expect(col('product')).toBe(`'=HYPERLINK("http://evil.example","Arita, cup")`);
    expect(col('sub_id')).toBe(`'-live`);
    expect(col('link_id')).toBe(link.id);
    expect(col('status')).toBe('active');
    expect(col('offer_open')).toBe('true');
  });
});
