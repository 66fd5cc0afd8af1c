import * as v from 'valibot';
import { SAMPLE_POLICIES } from '@xuanpin/db';
import { CategoryCode, PlanTypeSchema } from './activity';
import { Page, PageQuery, Timestamp } from './common';
import { TermVersion } from './enrollment';

/** An approved offer as a creator sees it: what to promote, for whom, and what it pays now. */
const offerEntries = {
  id: v.pipe(v.string(), v.description('The enrollment id.')),
  activityId: v.string(),
  activityName: v.string(),
  planType: PlanTypeSchema,
  providerOrgId: v.string(),
  providerName: v.string(),
  productId: v.string(),
  productTitle: v.string(),
  productDescription: v.string(),
  images: v.array(v.string()),
  category: v.string(),
  minPrice: v.pipe(
    v.nullable(v.object({ amount: v.number(), currency: v.string() })),
    v.description('The cheapest SKU, in minor units of its currency; null without SKUs.'),
  ),
  creatorRateBps: v.pipe(v.number(), v.description('The creator commission in force now.')),
  samplePolicy: v.picklist(SAMPLE_POLICIES),
  sampleQuantity: v.number(),
  startsAt: Timestamp,
  endsAt: Timestamp,
  attributionWindowDays: v.number(),
  contentDueDays: v.number(),
};
export const Offer = v.pipe(v.object(offerEntries), v.metadata({ ref: 'Offer' }));
export const OfferPage = Page(Offer, 'OfferPage');

export const OfferDetail = v.pipe(
  v.object({ ...offerEntries, terms: v.pipe(v.array(TermVersion), v.description('The full rate history, oldest first.')) }),
  v.metadata({ ref: 'OfferDetail' }),
);

export const OfferListQuery = v.strictObject({
  ...PageQuery.entries,
  category: v.optional(CategoryCode),
  activityId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
});
