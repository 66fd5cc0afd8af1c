import { and, eq, inArray } from 'drizzle-orm';
import { skus, type Database, type Sku } from '@xuanpin/db';
import { ApiError } from '../../lib/errors';
import { isUniqueViolation } from '../audit/commit';
import { slices } from '../products/view';

/** The organization's SKUs with the given codes, by code (SKU codes are unique per merchant). */
export async function skusByCode(db: Database, orgId: string, codes: readonly string[]): Promise<Map<string, Sku>> {
  const found = new Map<string, Sku>();
  for (const part of slices([...new Set(codes)])) {
    const rows = await db.select().from(skus).where(and(eq(skus.orgId, orgId), inArray(skus.code, part)));
    for (const s of rows) found.set(s.code, s);
  }
  return found;
}

/** 400 naming `skus.<i>.code` when a request lists the same code twice. */
export function assertDistinctCodes(codes: readonly string[]): void {
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    if (seen.has(code)) {
      throw new ApiError('validation_failed', `\`skus.${i}.code\`: ${code} appears twice in this request.`, { path: `skus.${i}.code` });
    }
    seen.add(code);
  });
}

/** 409 naming `skus.<i>.code` for the first code already used by another of the merchant's SKUs. */
export function codeTaken(code: string, index: number): ApiError {
  return new ApiError('conflict', `\`skus.${index}.code\`: your SKU code ${code} is already in use.`, { path: `skus.${index}.code` });
}

/**
 * Runs a batch that inserts SKUs. The codes were checked free beforehand, but a concurrent request may take one
 * in between; the unique index then refuses the whole batch and the caller gets the same 409 naming the code.
 */
export async function commitWithCodes<T>(db: Database, orgId: string, fresh: { code: string; index: number }[], run: () => Promise<T>) {
  try {
    return await run();
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const taken = await skusByCode(db, orgId, fresh.map((f) => f.code));
    const first = fresh.find((f) => taken.has(f.code));
    throw first ? codeTaken(first.code, first.index) : new ApiError('conflict', 'This conflicts with a concurrent change; retry.');
  }
}
