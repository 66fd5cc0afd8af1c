import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { newId } from '@xuanpin/core';
import { links, products, skus } from '@xuanpin/db';
import { createTenant } from '@xuanpin/db/test/factories';
import { createLink, createOpenOffer } from '@xuanpin/db/test/link-factories';
import { db } from '../../../test/security';
import { visit } from './test-helpers';

const CLICK = 'clk_01JTESTCL1CK000000000000AB';

/** A hosted link to a product with two SKUs (the second dearer and sold out) and an https image. */
async function hostedLink() {
  const creator = await createTenant(db(), 'creator');
  const offer = await createOpenOffer(db(), creator.org.id);
  const { link } = await createLink(db(), creator.org.id, { offer, destination: 'hosted' });
  await db()
    .update(products)
    .set({ title: 'Arita <cup>', description: 'Hand-painted in Saga.', images: ['https://img.example.test/cup.jpg', 'http://insecure.example.test/x.jpg'] })
    .where(eq(products.id, offer.product.id));
  const now = Date.now();
  const second = { id: newId('sku', now), orgId: offer.merchantOrgId, productId: offer.product.id, code: `G-${offer.product.id.slice(-8)}`, name: 'Gold rim', price: 12_345, currency: 'CNY' as const, stock: 0, createdAt: now, updatedAt: now };
  await db().insert(skus).values(second);
  return { link, offer, second };
}

describe('GET /p/<code> (hosted product page)', () => {
  it('shows the product, its SKUs with prices and stock, and a Buy form carrying the click id', async () => {
    const { link, offer, second } = await hostedLink();
    const res = await visit(`/p/${link.code}?xp_click=${CLICK}`);
    const html = await res.text();
    expect(res.status, html).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src https:");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Arita &#60;cup&#62;'); // escaped
    expect(html).toContain('Hand-painted in Saga.');
    expect(html).toContain('<img src="https://img.example.test/cup.jpg"');
    expect(html).not.toContain('insecure.example.test');
    expect(html).toContain(`<form method="post" action="/p/${link.code}/checkout"`);
    expect(html).toContain(`<input type="hidden" name="xp_click" value="${CLICK}">`);
    expect(html).toContain(`value="${offer.sku.id}" checked required>`);
    expect(html).toContain('28.00 CNY');
    expect(html).toContain('50 in stock');
    expect(html).toContain(`value="${second.id}" disabled required>`);
    expect(html).toContain('123.45 CNY');
    expect(html).toContain('Sold out');
    expect(html).toContain('name="quantity" min="1" max="50"');
    expect(html).toContain('>Buy now</button>');
    expect(html).not.toMatch(/<script/i);
  });

  it('reads in Japanese and in Chinese', async () => {
    const { link } = await hostedLink();
    const ja = await (await visit(`/p/${link.code}`, { headers: { 'accept-language': 'ja-JP,ja;q=0.9,en;q=0.5' } })).text();
    expect(ja).toContain('<html lang="ja">');
    for (const text of ['オプション', '数量', '購入する', '在庫 50 点', '在庫切れ', '28.00 CNY']) expect(ja).toContain(text);
    const zh = await (await visit(`/p/${link.code}`, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } })).text();
    expect(zh).toContain('<html lang="zh-CN">');
    for (const text of ['规格', '数量', '立即购买', '库存 50 件', '已售罄', '28.00 CNY']) expect(zh).toContain(text);
  });

  it('takes the click id from the xp_click cookie when the query has none, and drops malformed ones', async () => {
    const { link } = await hostedLink();
    const fromCookie = await (await visit(`/p/${link.code}`, { headers: { cookie: `xp_click=${CLICK}` } })).text();
    expect(fromCookie).toContain(`name="xp_click" value="${CLICK}"`);
    const forged = await (await visit(`/p/${link.code}?xp_click=clk_"><script>`)).text();
    expect(forged).not.toContain('name="xp_click"');
    expect(forged).not.toContain('<script>');
  });

  it('answers the friendly pages for an ended offer (410) and an unknown code (404)', async () => {
    const { link } = await hostedLink();
    await db().update(links).set({ status: 'disabled' }).where(eq(links.id, link.id));
    const ended = await visit(`/p/${link.code}`, { headers: { 'accept-language': 'ja' } });
    expect(ended.status).toBe(410);
    const html = await ended.text();
    expect(html).toContain('このオファーは終了しました');
    expect(html).not.toContain('<form');
    expect((await visit('/p/AAAAAAAAAA')).status).toBe(404);
    expect((await visit('/p/not-a-code')).status).toBe(404);
  });

  it('shows "sold out" and no Buy button when no SKU has stock', async () => {
    const { link, offer } = await hostedLink();
    await db().update(skus).set({ stock: 0 }).where(eq(skus.id, offer.sku.id));
    const html = await (await visit(`/p/${link.code}`)).text();
    expect(html).toContain('data-testid="sold-out"');
    expect(html).not.toContain('<form');
  });

  it('thanks the buyer after Checkout, in their language', async () => {
    const { link } = await hostedLink();
    const res = await visit(`/p/${link.code}/thanks?session_id=cs_test_x`, { headers: { 'accept-language': 'zh-CN' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('感谢您的订购');
    expect(html).toContain(`href="/p/${link.code}"`);
  });
});
