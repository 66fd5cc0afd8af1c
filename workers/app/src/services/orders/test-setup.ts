import { createTenant } from '@xuanpin/db/test/factories';
import { createLink } from '@xuanpin/db/test/link-factories';
import { createClick, ensurePlatformOrg } from '@xuanpin/db/test/order-factories';
import type { Database } from '@xuanpin/db';

/**
 * For order tests: a merchant (tenant with a key), a creator with a link to one of its offers (creator 20 %,
 * service fee 5 %, platform fee 10 % from the migration), a counted click an hour ago, and the platform.
 */
export async function sellingSetup(db: Database, now = Date.now()) {
  const platform = await ensurePlatformOrg(db);
  const merchant = await createTenant(db, 'merchant');
  const creator = await createTenant(db, 'creator');
  const { link, offer } = await createLink(db, creator.org.id, { now: now - 2 * 86_400_000 });
  // The offer's merchant is the tenant's organization.
  const { eq } = await import('drizzle-orm');
  const { enrollments, products, skus, links, activities } = await import('@xuanpin/db');
  await db.update(enrollments).set({ merchantOrgId: merchant.org.id }).where(eq(enrollments.id, offer.id));
  await db.update(products).set({ orgId: merchant.org.id }).where(eq(products.id, offer.product.id));
  await db.update(skus).set({ orgId: merchant.org.id }).where(eq(skus.id, offer.sku.id));
  await db.update(links).set({ merchantOrgId: merchant.org.id }).where(eq(links.id, link.id));
  void activities;
  const linkRow = { ...link, merchantOrgId: merchant.org.id };
  const click = await createClick(db, linkRow, { at: now - 3_600_000 });
  return { platform, merchant, creator, link: linkRow, offer, sku: { ...offer.sku, orgId: merchant.org.id }, click, providerOrgId: offer.providerOrgId };
}
