import { generateApiKey, hasScope, keyStart, newId, sha256Hex, type Scope } from '@xuanpin/core';
import { apiKeys } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';

/** A caller may only hand out what it holds itself; otherwise a key could mint a stronger key. */
export function assertCanGrant(ctx: ServiceContext, scopes: readonly string[]): void {
  const missing = scopes.find((s) => !hasScope(ctx.caller.scopes, s as Scope));
  if (missing) throw new ApiError('forbidden', `You cannot grant the \`${missing}\` scope: you do not hold it.`, { path: 'scopes' });
}

/** A new secret and the row that stores only its hash and first characters. */
export async function mintKey(
  ctx: ServiceContext,
  fields: { name: string; scopes: string[]; expiresAt: number | null; rotatedFrom: string | null },
) {
  const secret = generateApiKey();
  const row: typeof apiKeys.$inferSelect = {
    id: newId('apiKey', ctx.now),
    orgId: ctx.caller.orgId,
    name: fields.name,
    hash: await sha256Hex(secret),
    start: keyStart(secret),
    scopes: fields.scopes,
    createdBy: ctx.caller.userId ?? null,
    createdAt: ctx.now,
    expiresAt: fields.expiresAt,
    revokedAt: null,
    lastUsedAt: null,
    rotatedFrom: fields.rotatedFrom,
  };
  return { secret, row };
}
