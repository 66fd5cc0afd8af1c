import { eq } from 'drizzle-orm';
import { enrollments } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';
import { selectOffers, toOffers } from './view';

/**
 * One offer with its full rate history, only if it is open to the calling creator: anything else — another
 * provider's roster, a pending or ended enrollment, a closed activity — is the same 404 as an unknown id.
 */
export async function getOffer({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  const rows = await selectOffers(ctx, eq(enrollments.id, input.id)).limit(1);
  if (rows.length === 0) throw notFound('Offer');
  const [offer] = await toOffers(ctx, rows, true);
  return { ...offer, terms: offer.terms ?? [] };
}
