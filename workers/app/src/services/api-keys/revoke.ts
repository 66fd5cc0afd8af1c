import { and, eq, isNull } from 'drizzle-orm';
import { apiKeys } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { findApiKey } from './get';
import { auditInsert, byCaller } from '../audit/record';
import { toView } from './view';

/** Revokes a key at once. Idempotent: a second revoke keeps (and answers) the first revocation time. */
export async function revokeApiKey({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  const row = await findApiKey(ctx, input.id);
  if (row.revokedAt !== null) return toView(row);
  const [, [updated]] = await ctx.db.batch([
    auditInsert(ctx, { ...byCaller(ctx), action: 'api_key.revoked', targetId: row.id, data: { name: row.name } }),
    // The condition keeps the first time if two revokes race.
    ctx.db
      .update(apiKeys)
      .set({ revokedAt: ctx.now })
      .where(and(eq(apiKeys.id, row.id), eq(apiKeys.orgId, ctx.caller.orgId), isNull(apiKeys.revokedAt)))
      .returning(),
  ]);
  return toView(updated ?? (await findApiKey(ctx, row.id)));
}
