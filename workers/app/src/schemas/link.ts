import * as v from 'valibot';
import { LINK_DESTINATIONS, LINK_STATUSES } from '@xuanpin/db';
import { Page, PageQuery, Timestamp } from './common';

const id = v.pipe(v.string(), v.maxLength(64));

export const LinkStatusSchema = v.picklist(LINK_STATUSES);
export const LinkDestinationSchema = v.picklist(LINK_DESTINATIONS);

/** A sub-id tells apart links of one offer: a live-stream slot, a note, a channel. */
export const SubId = v.pipe(
  v.string(),
  v.minLength(1, 'subId must not be empty (leave it out instead)'),
  v.maxLength(64, 'subId is at most 64 characters'),
  v.regex(/^[A-Za-z0-9_-]+$/, 'subId may hold only letters, digits, `_` and `-`'),
  v.description('Up to 64 of `A-Z a-z 0-9 _ -`, e.g. a live-stream slot `live-1125-a`.'),
);

const destination = v.pipe(
  LinkDestinationSchema,
  v.description(
    '`merchant`: the product’s own page (its `productUrl`); `hosted`: our product page `/p/<code>`. Default: `merchant` ' +
      'when the product has a URL, else `hosted`. Applies when the link is made; asking again with another one is 409.',
  ),
);

export const CreateLinkBody = v.pipe(
  v.strictObject({
    offerId: v.pipe(id, v.description('An offer (enrollment id) open to you.')),
    subId: v.optional(SubId),
    destination: v.optional(destination),
  }),
  v.metadata({ ref: 'CreateLink' }),
);
export type CreateLinkInput = v.InferOutput<typeof CreateLinkBody>;

export const MAX_BULK_OFFERS = 200;

export const BulkLinksBody = v.pipe(
  v.strictObject({
    offerIds: v.pipe(
      v.array(id),
      v.minLength(1, 'give at least one offer id'),
      v.maxLength(MAX_BULK_OFFERS, `at most ${MAX_BULK_OFFERS} offers per call`),
      v.description('Offers (enrollment ids); each gets its own result, in this order. A repeated id answers the same link.'),
    ),
    subId: v.optional(SubId),
    destination: v.optional(destination),
  }),
  v.metadata({ ref: 'BulkLinks' }),
);
export type BulkLinksInput = v.InferOutput<typeof BulkLinksBody>;

export const Link = v.pipe(
  v.object({
    id: v.string(),
    code: v.string(),
    shortUrl: v.pipe(v.string(), v.description('The link to share: `<origin>/l/<code>`.')),
    qrUrl: v.pipe(v.string(), v.description('Its QR code as SVG (needs the same credentials as this API).')),
    offerId: v.string(),
    activityId: v.string(),
    productId: v.string(),
    productTitle: v.string(),
    subId: v.nullable(v.string()),
    destination: LinkDestinationSchema,
    destinationUrl: v.pipe(v.string(), v.description('Where the link leads now (before `xp_click` is added).')),
    status: LinkStatusSchema,
    offerOpen: v.pipe(
      v.boolean(),
      v.description('Whether the offer is still open to you; when false the link answers an "offer ended" page instead of redirecting.'),
    ),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
  v.metadata({ ref: 'Link' }),
);
export type LinkView = v.InferOutput<typeof Link>;
export const LinkPage = Page(Link, 'LinkPage');

export const BulkLinkResult = v.pipe(
  v.object({
    offerId: v.string(),
    result: v.pipe(v.picklist(['created', 'existing', 'failed']), v.description('`failed` carries `error`; the others `link`.')),
    link: v.optional(Link),
    error: v.optional(v.object({ code: v.picklist(['not_found', 'conflict']), message: v.string() })),
  }),
  v.metadata({ ref: 'BulkLinkResult' }),
);
export const BulkLinksResponse = v.pipe(
  v.object({
    data: v.pipe(v.array(BulkLinkResult), v.description('One result per requested offer id, in the request’s order.')),
    created: v.number(),
    existing: v.number(),
    failed: v.number(),
  }),
  v.metadata({ ref: 'BulkLinksResponse' }),
);

const filters = {
  offerId: v.optional(id),
  status: v.optional(LinkStatusSchema),
  subId: v.optional(v.pipe(v.string(), v.maxLength(64))),
};
export const LinkListQuery = v.strictObject({ ...PageQuery.entries, ...filters });
export type LinkListInput = v.InferOutput<typeof LinkListQuery>;
export const LinkCsvQuery = v.strictObject(filters);
export type LinkFilters = v.InferOutput<typeof LinkCsvQuery>;
