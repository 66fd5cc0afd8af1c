import { and, eq, sql, type SQL } from 'drizzle-orm';
import { enrollments, links, products } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { LinkView } from '../../schemas/link';
import { offerOpenTo } from '../offers/visible';
import { destinationOf } from './destination';

/** The caller's links (only ever the caller's: the creator id is in every WHERE), with what their view needs. */
export function selectLinks(ctx: ServiceContext, where: SQL | undefined) {
  return ctx.db
    .select({
      link: links,
      productTitle: products.title,
      productUrl: products.productUrl,
      open: sql<number>`case when ${offerOpenTo(ctx.caller.orgId, ctx.now)} then 1 else 0 end`,
    })
    .from(links)
    .innerJoin(enrollments, eq(enrollments.id, links.enrollmentId))
    .innerJoin(products, eq(products.id, links.productId))
    .where(and(eq(links.creatorOrgId, ctx.caller.orgId), where));
}

export type LinkRow = Awaited<ReturnType<typeof selectLinks>>[number];

/** The API shape of a link; `origin` is the deployment's (the request's) origin, for the URLs to share. */
export function toLink(row: LinkRow, origin: string): LinkView {
  const { link } = row;
  const destination = destinationOf(link, row.productUrl);
  return {
    id: link.id,
    code: link.code,
    shortUrl: `${origin}/l/${link.code}`,
    qrUrl: `${origin}/v1/links/${link.id}/qr.svg`,
    offerId: link.enrollmentId,
    activityId: link.activityId,
    productId: link.productId,
    productTitle: row.productTitle,
    subId: link.subId === '' ? null : link.subId,
    destination: link.destination,
    destinationUrl: destination.startsWith('/') ? origin + destination : destination,
    status: link.status,
    offerOpen: row.open === 1,
    createdAt: link.createdAt,
    updatedAt: link.updatedAt,
  };
}
