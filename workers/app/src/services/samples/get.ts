import { and, eq } from 'drizzle-orm';
import { sampleRequests } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';
import { visibleTo } from './parties';
import { selectSamples, toView } from './view';

/** One sample request, for its creator, merchant or provider; 404 for anyone else. */
export async function getSample({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  const [row] = await selectSamples(ctx).where(and(eq(sampleRequests.id, input.id), visibleTo(ctx.caller)));
  if (!row) throw notFound('Sample request');
  return toView(row, ctx.caller, ctx.now);
}
