import { and, eq, sql } from 'drizzle-orm';
import { newId } from '@xuanpin/core';
import { skus, stockMoves } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { ApiError, notFound } from '../../lib/errors';
import { isUniqueViolation } from '../audit/commit';
import { runBatch } from '../skus/batch';
import { insertSelect } from '../skus/json-table';

export interface StockAdjustment {
  delta: number;
  reason: string;
  idempotencyKey?: string;
}

/** A replay answers what the first call answered; the same key with other content is a 409. */
async function replay(ctx: ServiceContext, skuId: string, input: StockAdjustment) {
  if (!input.idempotencyKey) return undefined;
  const [move] = await ctx.db
    .select()
    .from(stockMoves)
    .where(and(eq(stockMoves.orgId, ctx.caller.orgId), eq(stockMoves.idempotencyKey, input.idempotencyKey)));
  if (!move) return undefined;
  if (move.skuId !== skuId || move.delta !== input.delta || move.reason !== input.reason) {
    throw new ApiError('conflict', '`idempotencyKey`: already used for a different adjustment.', { path: 'idempotencyKey' });
  }
  return { skuId, stock: move.stockAfter ?? 0 };
}

/**
 * Moves a SKU's stock by `delta`, never below zero, atomically: one batch holds the stock move, inserted by
 * `INSERT … SELECT` only when `stock + delta >= 0`, and the conditional UPDATE with the same condition. The
 * batch is one transaction, so both see the same stock: either both happen or neither does, and concurrent
 * decrements can never oversell. The outcome is read from the UPDATE's returned row, not from an earlier read.
 */
export async function adjustStock({ ctx, input }: { ctx: ServiceContext; input: { skuId: string } & StockAdjustment }) {
  const { orgId } = ctx.caller;
  const { skuId, delta, reason } = input;
  const replayed = await replay(ctx, skuId, input);
  if (replayed) return replayed;

  const moveId = newId('stockMove', ctx.now);
  const allowed = and(eq(skus.id, skuId), eq(skus.orgId, orgId), sql`${skus.stock} + ${delta} >= 0`);
  let results: unknown[];
  try {
    results = await runBatch(ctx.db, [
      insertSelect(
        ctx.db,
        stockMoves,
        {
          id: moveId,
          orgId: sql`${skus.orgId}`,
          skuId: sql`${skus.id}`,
          delta,
          reason,
          idempotencyKey: input.idempotencyKey ?? null,
          stockAfter: sql`${skus.stock} + ${delta}`,
          createdAt: ctx.now,
        },
        sql`${skus}`,
        allowed,
      ),
      ctx.db
        .update(skus)
        .set({ stock: sql`${skus.stock} + ${delta}`, updatedAt: ctx.now })
        .where(allowed)
        .returning({ stock: skus.stock }),
    ]);
  } catch (err) {
    // A concurrent call with the same idempotency key got there first: answer what it answered.
    const again = isUniqueViolation(err) ? await replay(ctx, skuId, input) : undefined;
    if (again) return again;
    throw err;
  }
  const [row] = results[1] as { stock: number }[];
  if (row) return { skuId, stock: row.stock };

  const [sku] = await ctx.db.select({ stock: skus.stock }).from(skus).where(and(eq(skus.id, skuId), eq(skus.orgId, orgId)));
  if (!sku) throw notFound('SKU');
  throw new ApiError('conflict', `\`delta\`: not enough stock (${sku.stock} in stock, ${delta} asked).`, { path: 'delta' });
}
