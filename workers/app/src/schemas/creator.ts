import * as v from 'valibot';
import { CONTENT_FORMATS, CREATOR_TIERS, PLATFORMS, isCategory } from '@xuanpin/core';
import { ROSTER_STATUSES } from '@xuanpin/db';
import { Page, Timestamp } from './common';

export const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45+'] as const;
const MAX_COUNT = 2_000_000_000;

const count = (what: string) => v.pipe(v.number(), v.integer(`${what} must be a whole number`), v.minValue(0, `${what} must be ≥ 0`), v.maxValue(MAX_COUNT));
const httpsUrl = (what: string) =>
  v.pipe(v.string(), v.maxLength(500), v.url(`${what} must be a URL`), v.startsWith('https://', `${what} must use https`));
const unique = <T>(what: string) => v.check((xs: T[]) => new Set(xs).size === xs.length, `${what} must not repeat`);

export const Platform = v.picklist(PLATFORMS, `platform must be one of ${PLATFORMS.join(', ')}`);
export const ContentFormat = v.picklist(CONTENT_FORMATS, `format must be one of ${CONTENT_FORMATS.join(', ')}`);
export const CreatorTier = v.picklist(CREATOR_TIERS);
export const CategoryCode = v.pipe(v.string(), v.maxLength(60), v.check(isCategory, 'not a category code (see the category tree)'));

export const Handle = v.pipe(
  v.strictObject({
    platform: Platform,
    handle: v.pipe(v.string(), v.trim(), v.minLength(1, 'handle must not be empty'), v.maxLength(100)),
    followers: count('followers'),
    avgViews: count('avgViews'),
    avgEngagement: count('avgEngagement'),
    url: v.optional(httpsUrl('url')),
  }),
  v.metadata({ ref: 'CreatorHandle' }),
);

export const Audience = v.pipe(
  v.strictObject({
    femaleBps: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    maleBps: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    topRegions: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60))), v.maxLength(5, 'at most 5 top regions')),
    ageBand: v.picklist(AGE_BANDS, `ageBand must be one of ${AGE_BANDS.join(', ')}`),
  }),
  v.forward(
    v.partialCheck([['femaleBps'], ['maleBps']], (a) => a.femaleBps + a.maleBps <= 10_000, 'femaleBps + maleBps must be at most 10000 (100%)'),
    ['femaleBps'],
  ),
  v.metadata({ ref: 'Audience' }),
);

export const CreatorProfileBody = v.pipe(
  v.strictObject({
    displayName: v.pipe(v.string(), v.trim(), v.minLength(1, 'displayName must not be empty'), v.maxLength(80)),
    bio: v.optional(v.pipe(v.string(), v.maxLength(1_000)), ''),
    avatarUrl: v.optional(httpsUrl('avatarUrl')),
    handles: v.pipe(
      v.array(Handle),
      v.maxLength(10, 'at most 10 handles'),
      v.check((hs) => new Set(hs.map((h) => h.platform)).size === hs.length, 'one handle per platform'),
    ),
    categories: v.pipe(v.array(CategoryCode), v.maxLength(10, 'at most 10 categories'), unique('categories')),
    tags: v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(30, 'a tag is at most 30 characters'))), v.maxLength(20, 'at most 20 tags'), unique('tags')),
    audience: v.optional(Audience),
    formats: v.pipe(v.array(ContentFormat), unique('formats')),
    listed: v.boolean(),
  }),
  v.metadata({ ref: 'CreatorProfileInput' }),
);
export type CreatorProfileInput = v.InferOutput<typeof CreatorProfileBody>;

const derived = {
  followers: v.pipe(v.number(), v.description('Sum of the handles’ followers.')),
  avgViews: v.pipe(v.number(), v.description('Follower-weighted average views per post (integer).')),
  avgEngagement: v.pipe(v.number(), v.description('Follower-weighted average engagements per post (integer).')),
  tier: v.pipe(CreatorTier, v.description('nano <1k, koc 1k–10k, mid_kol 10k–100k, top_kol >100k followers.')),
  engagementRateBps: v.pipe(v.number(), v.description('avgEngagement / followers in basis points.')),
  fulfilmentRateBps: v.pipe(
    v.nullable(v.number()),
    v.description('Samples posted on time / delivered samples whose outcome is known (posted, or past due), in basis points; null when none.'),
  ),
};

const publicFields = {
  orgId: v.string(),
  displayName: v.string(),
  avatarUrl: v.nullable(v.string()),
  handles: v.array(Handle),
  ...derived,
  categories: v.array(v.string()),
  tags: v.array(v.string()),
  formats: v.array(ContentFormat),
  audience: v.nullable(Audience),
};

/** The creator's own profile, as it edits it. */
export const CreatorProfile = v.pipe(
  v.object({ ...publicFields, bio: v.string(), listed: v.boolean(), updatedAt: Timestamp }),
  v.metadata({ ref: 'CreatorProfile' }),
);

/** A creator as providers and merchants see it: public fields only. */
export const CreatorCard = v.pipe(
  v.object({
    ...publicFields,
    onRoster: v.pipe(v.nullable(v.picklist(ROSTER_STATUSES)), v.description('Your roster’s status for this creator (providers), else null.')),
  }),
  v.metadata({ ref: 'CreatorCard' }),
);
export const CreatorDetail = v.pipe(v.object({ ...CreatorCard.entries, bio: v.string() }), v.metadata({ ref: 'CreatorDetail' }));
export const CreatorPage = Page(CreatorCard, 'CreatorPage');

const digits = (what: string) => v.pipe(v.string(), v.regex(/^\d{1,10}$/, `${what} must be a whole number`), v.transform(Number));

export const DirectoryQuery = v.pipe(
  v.strictObject({
    limit: v.optional(v.pipe(v.string(), v.regex(/^\d{1,3}$/, 'limit must be a whole number'), v.transform(Number), v.minValue(1), v.maxValue(200)), '50'),
    cursor: v.optional(v.pipe(v.string(), v.regex(/^\d{1,19}~[\w-]{1,64}$/, 'cursor is not one we gave out'))),
    tier: v.optional(CreatorTier),
    category: v.optional(CategoryCode),
    platform: v.optional(Platform),
    format: v.optional(ContentFormat),
    minFollowers: v.optional(digits('minFollowers')),
    maxFollowers: v.optional(digits('maxFollowers')),
    q: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(50))),
    sort: v.optional(v.picklist(['followers', 'engagement']), 'followers'),
  }),
  v.forward(
    v.partialCheck([['minFollowers'], ['maxFollowers']], (q) => q.minFollowers === undefined || q.maxFollowers === undefined || q.minFollowers <= q.maxFollowers, 'maxFollowers must be ≥ minFollowers'),
    ['maxFollowers'],
  ),
);
export type DirectoryInput = v.InferOutput<typeof DirectoryQuery>;
