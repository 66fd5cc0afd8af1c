import { and, eq } from 'drizzle-orm';
import { apiKeys } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';

/** The full row of one key of the caller's organization (internal: callers shape it with `toView`). */
export async function findApiKey(ctx: ServiceContext, id: string) {
  const [row] = await ctx.db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), eq(apiKeys.orgId, ctx.caller.orgId)))
    .limit(1);
  if (!row) throw notFound('API key');
  return row;
}
