import { eq, inArray } from 'drizzle-orm';
import { links } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';
import type { LinkView } from '../../schemas/link';
import { chunks } from '../activities/rules';
import { selectLinks, toLink } from './view';

/** One of the caller's links; another organization's is the same 404 as an unknown id. */
export async function getLink({ ctx, input }: { ctx: ServiceContext; input: { id: string; origin: string } }): Promise<LinkView> {
  const [row] = await selectLinks(ctx, eq(links.id, input.id)).limit(1);
  if (!row) throw notFound('Link');
  return toLink(row, input.origin);
}

/** The views of the caller's links among `ids`, by id. */
export async function linkViews(ctx: ServiceContext, ids: string[], origin: string): Promise<Map<string, LinkView>> {
  const map = new Map<string, LinkView>();
  for (const part of chunks([...new Set(ids)], 80)) {
    for (const row of await selectLinks(ctx, inArray(links.id, part))) map.set(row.link.id, toLink(row, origin));
  }
  return map;
}
