import { eq } from 'drizzle-orm';
import { newId } from '@xuanpin/core';
import type { Database } from '../client';
import { enrollmentTerms, linkDailyClicks, links, products, type LinkDestination, type LinkStatus } from '../schema';
import { createOffer, type OfferOptions } from './creator-factories';

/** Test factories for promo links and their click counts. */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const randomCode = () => Array.from(crypto.getRandomValues(new Uint8Array(10)), (b) => BASE62[b % 62]).join('');

/**
 * An offer open to `creatorOrgId` (roster or target, per the options) with one rate version; its product leads to
 * `productUrl` (a shop page by default; null for none).
 */
export async function createOpenOffer(db: Database, creatorOrgId: string, opts: OfferOptions & { productUrl?: string | null } = {}) {
  const offer = await createOffer(db, { ...opts, creatorOrgId });
  const productUrl = opts.productUrl === undefined ? 'https://shop.example.test/p/arita-cup?ref=xp' : opts.productUrl;
  await db.update(products).set({ productUrl }).where(eq(products.id, offer.product.id));
  // Its rates, as every approved offer has them.
  const now = opts.now ?? Date.now();
  await db.insert(enrollmentTerms).values({
    id: newId('termVersion', now),
    enrollmentId: offer.id,
    version: 1,
    creatorRateBps: 2_000,
    serviceFeeBps: 500,
    effectiveAt: now - 1_000,
    createdAt: now,
  });
  return { ...offer, product: { ...offer.product, productUrl } };
}

type Offer = Awaited<ReturnType<typeof createOpenOffer>>;

/**
 * A link row written directly (the API's create is tested on its own), for an offer open to the creator — a new
 * one unless `offer` is given.
 */
export async function createLink(
  db: Database,
  creatorOrgId: string,
  opts: { offer?: Offer; subId?: string; destination?: LinkDestination; status?: LinkStatus; now?: number } = {},
) {
  const now = opts.now ?? Date.now();
  const offer = opts.offer ?? (await createOpenOffer(db, creatorOrgId));
  const row = {
    id: newId('link', now),
    code: randomCode(),
    creatorOrgId,
    enrollmentId: offer.id,
    activityId: offer.activity.id,
    productId: offer.product.id,
    providerOrgId: offer.providerOrgId,
    merchantOrgId: offer.merchantOrgId,
    subId: opts.subId ?? '',
    destination: opts.destination ?? ('merchant' as const),
    status: opts.status ?? ('active' as const),
    createdAt: now,
    updatedAt: now,
  };
  await db.insert(links).values(row);
  return { link: row, offer };
}

/** Rollup rows for a link: `{ day (UTC midnight, ms), counted, bot, duplicate }` each. */
export async function insertDailyClicks(
  db: Database,
  link: { id: string; creatorOrgId: string; enrollmentId: string; providerOrgId: string; merchantOrgId: string },
  days: { day: number; counted?: number; bot?: number; duplicate?: number }[],
) {
  for (const d of days) {
    await db.insert(linkDailyClicks).values({
      linkId: link.id,
      day: d.day,
      creatorOrgId: link.creatorOrgId,
      enrollmentId: link.enrollmentId,
      providerOrgId: link.providerOrgId,
      merchantOrgId: link.merchantOrgId,
      counted: d.counted ?? 0,
      bot: d.bot ?? 0,
      duplicate: d.duplicate ?? 0,
    });
  }
}
