/**
 * The data the orders benchmark needs, written straight into the app's D1 with the test factories: the platform,
 * a merchant (with an API key) whose product is an approved offer of a provider's open activity (creator 20 %,
 * service fee 5 %; platform fee 10 % from the migration), a creator with a link to it, and a pool of counted clicks
 * an hour old, so that every order the benchmark posts is attributed and split.
 * Loaded by bench/orders.mjs through tsx, in the bench's own Node process.
 */
import { newId } from '@xuanpin/core';
import { d1Database, links } from '@xuanpin/db';
import { createOrg, createTenant } from '@xuanpin/db/test/factories';
import { createOffer } from '@xuanpin/db/test/marketplace-factories';
import { ensurePlatformOrg } from '@xuanpin/db/test/order-factories';

export async function seedOrders(binding: D1Database, { clicks = 500 } = {}) {
  const db = d1Database(binding);
  const now = Date.now();
  await ensurePlatformOrg(db);
  const merchant = await createTenant(db, 'merchant');
  const creator = await createOrg(db, { kind: 'creator', name: 'Bench order creator' });
  const offer = await createOffer(db, { merchantOrgId: merchant.org.id, activity: { name: 'Bench orders activity' } });
  const [sku] = await binding.prepare('SELECT id, code, price FROM skus WHERE product_id = ?').bind(offer.product.id).all<{ id: string; code: string; price: number }>().then((r) => r.results);
  // Plenty of stock, so that the figure is not about stock reaching zero.
  await binding.prepare('UPDATE skus SET stock = 1000000000 WHERE id = ?').bind(sku.id).run();
  const link = {
    id: newId('link', now),
    code: `bo${now.toString(36)}`,
    creatorOrgId: creator.id,
    enrollmentId: offer.enrollment.id,
    activityId: offer.activity.id,
    productId: offer.product.id,
    providerOrgId: offer.providerOrgId,
    merchantOrgId: merchant.org.id,
    subId: 'bench-orders',
    destination: 'merchant' as const,
    status: 'active' as const,
    createdAt: now,
    updatedAt: now,
  };
  await db.insert(links).values(link);
  // The clicks in one statement: a JSON array of ids through json_each.
  const at = now - 3_600_000;
  const ids = Array.from({ length: clicks }, () => newId('click', at));
  await binding
    .prepare(
      `INSERT INTO clicks (id, link_id, creator_org_id, enrollment_id, provider_org_id, merchant_org_id, clicked_at, dedupe_window, identity_hash, referrer, country, bot, counted, ingest)
       SELECT j.value, ?1, ?2, ?3, ?4, ?5, ?6, ?7, 'bench-' || j.key, NULL, NULL, 0, 1, 'bench' FROM json_each(?8) j`,
    )
    .bind(link.id, creator.id, offer.enrollment.id, offer.providerOrgId, merchant.org.id, at, Math.floor(at / 3_600_000), JSON.stringify(ids))
    .run();
  return { merchantOrgId: merchant.org.id, key: merchant.key, sku: { code: sku.code, price: sku.price }, clickIds: ids, creatorOrgId: creator.id };
}
