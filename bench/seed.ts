/**
 * The data the redirect benchmark needs, written straight into the app's D1 with the test factories: a provider
 * with an open activity, a merchant with an active product (with its own product URL) enrolled in it, a creator on
 * the provider's roster, and two links of that creator for the offer: `warm` (hammered for throughput and latency)
 * and `clicks` (the 100,000 distinct visitors whose clicks must all be persisted).
 * Loaded by bench/redirect.mjs through tsx, in the bench's own Node process.
 */
import { newId } from '@xuanpin/core';
import { d1Database, links, type Link } from '@xuanpin/db';
import { createOrg } from '@xuanpin/db/test/factories';
import { createOffer, insertRosterMember } from '@xuanpin/db/test/marketplace-factories';

export const DESTINATION = 'https://shop.example.test/products/bench-teapot';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** 10 base62 characters, the shape of a link code. */
function code(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => BASE62[b % 62]).join('');
}

export async function seedRedirect(binding: D1Database) {
  const db = d1Database(binding);
  const now = Date.now();
  const creator = await createOrg(db, { kind: 'creator', name: 'Bench creator' });
  const offer = await createOffer(db, { activity: { name: 'Bench activity' } });
  await insertRosterMember(db, offer.providerOrgId, creator.id);
  await binding.prepare('UPDATE products SET product_url = ? WHERE id = ?').bind(DESTINATION, offer.product.id).run();

  const link = async (subId: string): Promise<Link> => {
    const row: Link = {
      id: newId('link', now),
      code: code(),
      creatorOrgId: creator.id,
      enrollmentId: offer.enrollment.id,
      activityId: offer.activity.id,
      productId: offer.product.id,
      providerOrgId: offer.providerOrgId,
      merchantOrgId: offer.merchantOrgId,
      subId,
      destination: 'merchant',
      status: 'active',
      createdAt: now,
      updatedAt: now,
    };
    await db.insert(links).values(row);
    return row;
  };
  return { destination: DESTINATION, warm: await link(''), clicks: await link('bench-clicks') };
}
