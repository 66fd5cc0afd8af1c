import { and, eq, inArray, sql } from 'drizzle-orm';
import { newId } from '@xuanpin/core';
import { enrollments, links, products, type Link, type LinkDestination } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { chunks } from '../activities/rules';
import { insertSelect, jsonTable } from '../skus/json-table';
import { offerOpenTo } from '../offers/visible';
import { forgetLinkCode } from '../redirect/cache';
import { newLinkCode } from './code';
import { defaultDestination } from './destination';

export type EnsureOutcome =
  | { result: 'created' | 'existing'; link: Link }
  | { result: 'failed'; error: { code: 'not_found' | 'conflict'; message: string; path?: string } };

interface OpenOffer {
  id: string;
  activityId: string;
  productId: string;
  providerOrgId: string;
  merchantOrgId: string;
  productUrl: string | null;
}

/** Code collisions are ~10^-12 per insert; a few rounds make a failure practically impossible. */
const CODE_ATTEMPTS = 4;

/**
 * The links of the calling creator for `offerIds` (one sub-id), made where missing: THE path of both the single
 * and the bulk create. One link per (creator, offer, sub-id) under a unique index, so a repeated or concurrent
 * request finds the row the first one inserted. Every offer must be open to the caller (`offerOpenTo`), else its
 * outcome is not_found — even when a link exists from before. Answers one outcome per distinct offer id.
 */
export async function ensureLinks(
  ctx: ServiceContext,
  input: { offerIds: string[]; subId?: string; destination?: LinkDestination },
): Promise<Map<string, EnsureOutcome>> {
  const me = ctx.caller.orgId;
  const subId = input.subId ?? '';
  const ids = [...new Set(input.offerIds)];
  const out = new Map<string, EnsureOutcome>();
  const offers = await openOffers(ctx, ids);
  for (const id of ids) {
    if (!offers.has(id)) out.set(id, { result: 'failed', error: { code: 'not_found', message: `Offer ${id} not found.`, path: 'offerId' } });
  }

  const found = await existingLinks(ctx, [...offers.keys()], subId);
  let missing: OpenOffer[] = [];
  for (const offer of offers.values()) {
    const link = found.get(offer.id);
    if (link) out.set(offer.id, answerExisting(link, input.destination));
    else if (input.destination === 'merchant' && !offer.productUrl) {
      out.set(offer.id, { result: 'failed', error: { code: 'conflict', message: `The product of offer ${offer.id} has no page of its own; use the hosted destination.`, path: 'destination' } });
    } else missing.push(offer);
  }

  for (let attempt = 0; missing.length > 0 && attempt < CODE_ATTEMPTS; attempt++) {
    const rows = missing.map((offer) => ({
      id: newId('link', ctx.now),
      code: newLinkCode(),
      enrollmentId: offer.id,
      activityId: offer.activityId,
      productId: offer.productId,
      providerOrgId: offer.providerOrgId,
      merchantOrgId: offer.merchantOrgId,
      destination: input.destination ?? defaultDestination(offer.productUrl),
    }));
    const j = jsonTable(rows, {
      id: 'id', code: 'code', enrollment_id: 'enrollmentId', activity_id: 'activityId', product_id: 'productId',
      provider_org_id: 'providerOrgId', merchant_org_id: 'merchantOrgId', destination: 'destination',
    });
    // One statement for all rows. A conflict on (creator, offer, sub-id) means another request made the link
    // first; a conflict on the code is a collision, retried with a new code. Neither fails the others.
    // (`WHERE true` keeps SQLite from reading ON CONFLICT as a join constraint.)
    const inserted = await insertSelect(
      ctx.db,
      links,
      {
        id: sql`j.id`,
        code: sql`j.code`,
        creatorOrgId: me,
        enrollmentId: sql`j.enrollment_id`,
        activityId: sql`j.activity_id`,
        productId: sql`j.product_id`,
        providerOrgId: sql`j.provider_org_id`,
        merchantOrgId: sql`j.merchant_org_id`,
        subId,
        destination: sql`j.destination`,
        status: 'active',
        createdAt: ctx.now,
        updatedAt: ctx.now,
      },
      sql`${j} AS j`,
      sql`true`,
    )
      .onConflictDoNothing()
      .returning();
    for (const link of inserted) {
      out.set(link.enrollmentId, { result: 'created', link });
      forgetLinkCode(link.code);
    }
    const lost = missing.filter((o) => !out.has(o.id));
    const raced = lost.length ? await existingLinks(ctx, lost.map((o) => o.id), subId) : new Map<string, Link>();
    for (const [offerId, link] of raced) out.set(offerId, answerExisting(link, input.destination));
    missing = lost.filter((o) => !out.has(o.id));
  }
  if (missing.length > 0) throw new Error(`could not find a free link code for ${missing.length} link(s)`);
  return out;
}

/** A link that already exists is the answer, unless it was asked for with another destination. */
function answerExisting(link: Link, destination: LinkDestination | undefined): EnsureOutcome {
  if (destination && destination !== link.destination) {
    return {
      result: 'failed',
      error: {
        code: 'conflict',
        message: `Your link ${link.id} for this offer${link.subId ? ` and sub-id ${link.subId}` : ''} leads to the ${link.destination} page; use another subId for a link to the ${destination} page.`,
        path: 'destination',
      },
    };
  }
  return { result: 'existing', link };
}

/** The offers among `ids` open to the caller now, with what a link copies from them. */
async function openOffers(ctx: ServiceContext, ids: string[]): Promise<Map<string, OpenOffer>> {
  const map = new Map<string, OpenOffer>();
  for (const part of chunks(ids, 80)) {
    const rows = await ctx.db
      .select({
        id: enrollments.id,
        activityId: enrollments.activityId,
        productId: enrollments.productId,
        providerOrgId: enrollments.providerOrgId,
        merchantOrgId: enrollments.merchantOrgId,
        productUrl: products.productUrl,
      })
      .from(enrollments)
      .innerJoin(products, eq(products.id, enrollments.productId))
      .where(and(inArray(enrollments.id, part), offerOpenTo(ctx.caller.orgId, ctx.now)));
    for (const r of rows) map.set(r.id, r);
  }
  return map;
}

async function existingLinks(ctx: ServiceContext, offerIds: string[], subId: string): Promise<Map<string, Link>> {
  const map = new Map<string, Link>();
  for (const part of chunks(offerIds, 80)) {
    const rows = await ctx.db
      .select()
      .from(links)
      .where(and(eq(links.creatorOrgId, ctx.caller.orgId), eq(links.subId, subId), inArray(links.enrollmentId, part)));
    for (const r of rows) map.set(r.enrollmentId, r);
  }
  return map;
}
