import { sql, type SQL } from 'drizzle-orm';
import { newId } from '@xuanpin/core';
import { skus, stockMoves, type Database } from '@xuanpin/db';
import { insertSelect, jsonTable } from './json-table';

/**
 * Query plans. These statements join a JSON list of a few hundred rows with tables of possibly millions; the list
 * must drive the join, each row finding its SKU by primary key. SQLite would rather walk the organization's SKUs
 * through the `org_id` index and scan the list for each (quadratic: seconds per chunk on a 10,000-SKU catalog),
 * so the org condition is written `+org_id = ?` — the unary plus keeps SQLite from using an index for that term —
 * and joins say CROSS JOIN, which SQLite keeps in the written order. Measured in routes/imports/continue.test.ts.
 */

/** Only a product of the organization that is not archived takes SKU writes (archived is final). */
const openProduct = (productId: SQL, orgId: string) =>
  sql`EXISTS (SELECT 1 FROM products p WHERE p.id = ${productId} AND p.org_id = ${orgId} AND p.status <> 'archived')`;

export interface NewSkuRow {
  id: string;
  productId: string;
  code: string;
  name: string;
  price: number;
  currency: string;
}

/** Inserts SKUs with zero stock; their opening stock is then set by `setStock`, which records it as a move. */
export function insertSkus(db: Database, orgId: string, now: number, rows: NewSkuRow[]) {
  const j = jsonTable(rows, { id: 'id', product_id: 'productId', code: 'code', name: 'name', price: 'price', currency: 'currency' });
  return insertSelect(
    db,
    skus,
    {
      id: sql`j.id`,
      orgId,
      productId: sql`j.product_id`,
      code: sql`j.code`,
      name: sql`j.name`,
      price: sql`j.price`,
      currency: sql`j.currency`,
      stock: 0,
      createdAt: now,
      updatedAt: now,
    },
    sql`${j} AS j`,
    openProduct(sql`j.product_id`, orgId),
  );
}

/** Changes SKUs' name and price (never stock, never currency). */
export function updateSkus(db: Database, orgId: string, now: number, rows: { id: string; name: string; price: number }[]) {
  const j = jsonTable(rows, { id: 'id', name: 'name', price: 'price' });
  return db
    .update(skus)
    .set({ name: sql`j.name`, price: sql`j.price`, updatedAt: now })
    .from(sql`${j} AS j` as never)
    .where(sql`${skus.id} = j.id AND +${skus.orgId} = ${orgId} AND ${openProduct(sql`${skus.productId}`, orgId)}`);
}

/**
 * Sets SKUs to absolute stock levels (an opening stock, a CSV's stock column) and records each change as a stock
 * move. Both statements read the stock as it is when the batch runs, so the move's delta is exactly the change
 * made, even if a sale moved the stock since the caller looked. Put both in the same `db.batch`, in this order.
 */
export function setStock(db: Database, orgId: string, now: number, items: { skuId: string; stock: number; reason: string }[]) {
  const rows = items.map((i) => ({ ...i, moveId: newId('stockMove', now) }));
  const j = jsonTable(rows, { move_id: 'moveId', sku_id: 'skuId', stock: 'stock', reason: 'reason' });
  return [
    insertSelect(
      db,
      stockMoves,
      {
        id: sql`j.move_id`,
        orgId: sql`s.org_id`,
        skuId: sql`s.id`,
        delta: sql`j.stock - s.stock`,
        reason: sql`j.reason`,
        idempotencyKey: null,
        stockAfter: sql`j.stock`,
        createdAt: now,
      },
      sql`${j} AS j CROSS JOIN skus s ON s.id = j.sku_id AND +s.org_id = ${orgId}`,
      sql`s.stock <> j.stock`,
    ),
    db
      .update(skus)
      .set({ stock: sql`j.stock`, updatedAt: now })
      .from(sql`${j} AS j` as never)
      .where(sql`${skus.id} = j.sku_id AND +${skus.orgId} = ${orgId} AND ${skus.stock} <> j.stock`),
  ] as const;
}
