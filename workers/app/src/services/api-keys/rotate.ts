import { and, eq, isNull } from 'drizzle-orm';
import { newId } from '@xuanpin/core';
import { apiKeys, auditLog } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import { findApiKey } from './get';
import { assertCanGrant, mintKey } from './mint';
import { auditInsert, byCaller } from '../audit/record';
import { toView } from './view';

export const DEFAULT_OVERLAP_SECONDS = 86_400;

/**
 * Replaces a key by a new one with the same name and scopes. The old key keeps working for the overlap (or
 * until its own earlier expiry) so that deployments can switch over. Rotation never extends a lifetime: the new
 * key inherits the old key's expiry, if it had one.
 */
export async function rotateApiKey({ ctx, input }: { ctx: ServiceContext; input: { id: string; overlapSeconds?: number } }) {
  const old = await findApiKey(ctx, input.id);
  if (old.revokedAt !== null) throw new ApiError('conflict', 'This key is revoked; create a new key instead.');
  if (old.expiresAt !== null && old.expiresAt <= ctx.now) {
    throw new ApiError('conflict', 'This key has expired; create a new key instead.');
  }
  // The new secret carries the old scopes: rotating must not hand a weaker caller a stronger key.
  assertCanGrant(ctx, old.scopes);
  const overlapSeconds = input.overlapSeconds ?? DEFAULT_OVERLAP_SECONDS;
  const overlapEnd = ctx.now + overlapSeconds * 1000;
  const oldExpiresAt = old.expiresAt === null ? overlapEnd : Math.min(old.expiresAt, overlapEnd);
  const { secret, row } = await mintKey(ctx, {
    name: old.name,
    scopes: old.scopes,
    expiresAt: old.expiresAt,
    rotatedFrom: old.id,
  });
  const auditId = newId('audit', ctx.now);
  const [, updated] = await ctx.db.batch([
    ctx.db.insert(apiKeys).values(row),
    // Only while still unrevoked: if a revoke raced this rotation, nothing matches and the rotation is undone below.
    ctx.db
      .update(apiKeys)
      .set({ expiresAt: oldExpiresAt })
      .where(and(eq(apiKeys.id, old.id), eq(apiKeys.orgId, ctx.caller.orgId), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id }),
    auditInsert(ctx, { ...byCaller(ctx), action: 'api_key.rotated', targetId: old.id, data: { newKeyId: row.id, oldExpiresAt, overlapSeconds }, id: auditId }),
  ]);
  if (updated.length === 0) {
    // A revoke won the race. The new secret was never shown to anyone, so dropping its row undoes the rotation.
    await ctx.db.batch([ctx.db.delete(apiKeys).where(eq(apiKeys.id, row.id)), ctx.db.delete(auditLog).where(eq(auditLog.id, auditId))]);
    throw new ApiError('conflict', 'This key was revoked meanwhile; nothing was rotated.');
  }
  return { ...toView(row), key: secret };
}
