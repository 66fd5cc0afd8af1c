import type { ServiceContext } from '../../env';
import type { BulkLinksInput } from '../../schemas/link';
import { requireKind } from '../creators/kind';
import { ensureLinks } from './ensure';
import { linkViews } from './get';

/**
 * Links for up to 200 offers at once (a buyer's live stream): one result per requested id, in order — a bad id
 * fails alone, never the call. Same rules as the single create: one statement inserts every missing link.
 */
export async function bulkCreateLinks({ ctx, input }: { ctx: ServiceContext; input: BulkLinksInput & { origin: string } }) {
  requireKind(ctx, 'creator');
  const outcomes = await ensureLinks(ctx, input);
  const ids = [...outcomes.values()].flatMap((o) => (o.result === 'failed' ? [] : [o.link.id]));
  const views = await linkViews(ctx, ids, input.origin);
  const data = input.offerIds.map((offerId) => {
    const o = outcomes.get(offerId)!;
    if (o.result === 'failed') return { offerId, result: o.result, error: { code: o.error.code, message: o.error.message } };
    return { offerId, result: o.result, link: views.get(o.link.id)! };
  });
  const count = (r: string) => data.filter((d) => d.result === r).length;
  return { data, created: count('created'), existing: count('existing'), failed: count('failed') };
}
