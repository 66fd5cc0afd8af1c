import { apiKeys } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError } from '../../lib/errors';
import { assertCanGrant, mintKey } from './mint';
import { auditInsert, byCaller } from '../audit/record';
import { toView } from './view';

export interface CreateApiKeyInput {
  name: string;
  scopes: string[];
  expiresAt?: number;
}

/** Creates a key for the caller's organization; the secret is returned here and never again. */
export async function createApiKey({ ctx, input }: { ctx: ServiceContext; input: CreateApiKeyInput }) {
  assertCanGrant(ctx, input.scopes);
  // "In the future" needs the request's clock, which the schema cannot see.
  if (input.expiresAt !== undefined && input.expiresAt <= ctx.now) {
    throw new ApiError('validation_failed', '`expiresAt`: must be in the future.', { path: 'expiresAt' });
  }
  const { secret, row } = await mintKey(ctx, {
    name: input.name,
    scopes: input.scopes,
    expiresAt: input.expiresAt ?? null,
    rotatedFrom: null,
  });
  await ctx.db.batch([
    ctx.db.insert(apiKeys).values(row),
    auditInsert(ctx, { ...byCaller(ctx), action: 'api_key.created', targetId: row.id, data: { name: row.name, scopes: row.scopes, expiresAt: row.expiresAt } }),
  ]);
  return { ...toView(row), key: secret };
}
