import type { ServiceContext } from '../../env';
import { ApiError, notFound } from '../../lib/errors';
import type { CreateLinkInput, LinkView } from '../../schemas/link';
import { requireKind } from '../creators/kind';
import { ensureLinks } from './ensure';
import { getLink } from './get';

/**
 * A creator's link for an offer open to it (404 otherwise), made once per (offer, sub-id): asking again — or
 * twice at the same moment — answers the same link, `created: false`.
 */
export async function createLink({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateLinkInput & { origin: string };
}): Promise<{ link: LinkView; created: boolean }> {
  requireKind(ctx, 'creator');
  const outcome = (await ensureLinks(ctx, { offerIds: [input.offerId], subId: input.subId, destination: input.destination })).get(input.offerId)!;
  if (outcome.result === 'failed') {
    if (outcome.error.code === 'not_found') throw notFound('Offer');
    throw new ApiError('conflict', outcome.error.message, { path: outcome.error.path });
  }
  return { link: await getLink({ ctx, input: { id: outcome.link.id, origin: input.origin } }), created: outcome.result === 'created' };
}
