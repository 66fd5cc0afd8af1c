import type { InferResponseType } from 'hono/client';
import type { api } from '../../api/client';

/** The promo links' shapes, inferred from the Worker's routes (a server change shows up here as a type error). */
export type PromoLink = InferResponseType<typeof api.v1.links.$get, 200>['data'][number];
export type LinkStatus = PromoLink['status'];
export type BulkLinks = InferResponseType<typeof api.v1.links.bulk.$post, 200>;
export type BulkLinkResult = BulkLinks['data'][number];
export type LinkAnalytics = InferResponseType<typeof api.v1.analytics.links.$get, 200>;
export type DayClicks = LinkAnalytics['days'][number];

/** The API's rule for a sub-id (schemas/link.ts), checked before sending so the field says what is wrong. */
export const SUB_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const MAX_BULK = 200;

const DAY_MS = 86_400_000;

/** The UTC day `days` before today, as `YYYY-MM-DD` (analytics days are UTC). */
export function utcDay(daysAgo = 0, now = Date.now()): string {
  return new Date(now - daysAgo * DAY_MS).toISOString().slice(0, 10);
}
