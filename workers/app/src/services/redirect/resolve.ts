import { and, eq } from 'drizzle-orm';
import { activities, d1Database, enrollments, links, products, type Database } from '@xuanpin/db';
import { countingD1, type QueryCounter } from '../../lib/query-count';
import { offerOpenTo } from '../offers/visible';
import { destinationOf } from '../links/destination';
import { LINK_CACHE_TTL_MS, type LinkFacts, type LinkTarget } from './cache';

const DAY_S = 86_400;

/**
 * What `/l/<code>` answers, from D1 (the cache's miss path): a redirect while the link is active and its offer is
 * open to the link's creator (`offerOpenTo`, the one rule), an "offer ended" page otherwise, "unknown" for no
 * such code. The answer is cached until `expires`: the TTL, or the end of the promotion period if sooner.
 */
export async function resolveLink(db: Database, code: string, now: number): Promise<LinkTarget> {
  const expires = now + LINK_CACHE_TTL_MS;
  const [row] = await db
    .select({
      link: links,
      productTitle: products.title,
      productUrl: products.productUrl,
      endsAt: activities.endsAt,
      attributionWindowDays: activities.attributionWindowDays,
    })
    .from(links)
    .innerJoin(products, eq(products.id, links.productId))
    .innerJoin(activities, eq(activities.id, links.activityId))
    .where(eq(links.code, code))
    .limit(1);
  if (!row) return { kind: 'unknown', expires };
  const { link } = row;
  const facts: LinkFacts = {
    linkId: link.id,
    creatorOrgId: link.creatorOrgId,
    offerId: link.enrollmentId,
    activityId: link.activityId,
    productId: link.productId,
    providerOrgId: link.providerOrgId,
    merchantOrgId: link.merchantOrgId,
  };
  const ended = { kind: 'ended', facts, productTitle: row.productTitle, expires } as const;
  if (link.status !== 'active') return ended;
  const [open] = await db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(and(eq(enrollments.id, link.enrollmentId), offerOpenTo(link.creatorOrgId, now)))
    .limit(1);
  if (!open) return ended;

  const destination = destinationOf(link, row.productUrl);
  const hash = destination.indexOf('#');
  const base = hash < 0 ? destination : destination.slice(0, hash);
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return {
    kind: 'redirect',
    facts,
    destination,
    before: `${base}${separator}xp_click=`,
    after: hash < 0 ? '' : destination.slice(hash),
    // The cookie lasts as long as a click can win an order: the activity's attribution window.
    cookieTail: `; Max-Age=${row.attributionWindowDays * DAY_S}; Path=/; HttpOnly; SameSite=Lax`,
    expires: Math.min(expires, row.endsAt),
  };
}

const databases = new WeakMap<D1Database, Database>();

/**
 * `resolveLink` on a D1 binding: the redirect's miss path in the app and in its `LinkResolver`. One drizzle instance
 * per binding (built on the first miss, never on a warm path); with `counter`, a counting one.
 */
export function resolveLinkIn(binding: D1Database, code: string, now: number, counter?: QueryCounter): Promise<LinkTarget> {
  if (counter) return resolveLink(d1Database(countingD1(binding, counter)), code, now);
  let db = databases.get(binding);
  if (!db) databases.set(binding, (db = d1Database(binding)));
  return resolveLink(db, code, now);
}
