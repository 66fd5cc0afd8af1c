import { and, eq, isNull, sql } from 'drizzle-orm';
import { importChunks, importJobs, products, type Database, type RejectedRow } from '@xuanpin/db';
import type { Write } from '../skus/batch';
import { insertSelect, jsonTable } from '../skus/json-table';
import { insertSkus, setStock, updateSkus } from '../skus/write';
import { MAX_REPORTED } from './columns';
import type { ChunkPlan } from './plan';

const PRODUCT_JSON = {
  id: 'id',
  title: 'title',
  description: 'description',
  images: 'images',
  category: 'category',
  status: 'status',
  product_url: 'productUrl',
  rate: 'defaultCreatorRateBps',
  sample_policy: 'samplePolicy',
  sample_quantity: 'sampleQuantity',
};

/**
 * The writes of one chunk, as ONE batch of about ten statements whatever the chunk's size:
 * 1. a guard that aborts the batch when another worker already applied this chunk (see below);
 * 2. new products, new SKUs, SKU updates, stock levels (with their moves), then product updates — SKU writes
 *    come before product updates so a row that archives its product does not block its own SKU's change;
 * 3. the chunk marked done and the job's counters, report and status updated in SQL (never read-modify-write).
 * The guard inserts a copy of the chunk's key only if the chunk is already done: the primary key then fails the
 * whole batch, so two workers racing on one chunk (queue and `continue`) can never apply it twice.
 */
export function chunkWrites(db: Database, orgId: string, now: number, job: { id: string }, seq: number, plan: ChunkPlan): Write[] {
  const writes: Write[] = [];
  if (plan.newProducts.length) {
    const j = jsonTable(plan.newProducts, PRODUCT_JSON);
    const values = { orgId, createdAt: now, updatedAt: now, id: sql`j.id`, title: sql`j.title`, description: sql`j.description`, images: sql`j.images`, category: sql`j.category`, status: sql`j.status`, productUrl: sql`j.product_url`, defaultCreatorRateBps: sql`j.rate`, samplePolicy: sql`j.sample_policy`, sampleQuantity: sql`j.sample_quantity` };
    writes.push(insertSelect(db, products, values, sql`${j} AS j`));
  }
  if (plan.newSkus.length) writes.push(insertSkus(db, orgId, now, plan.newSkus));
  if (plan.skuUpdates.length) writes.push(updateSkus(db, orgId, now, plan.skuUpdates));
  if (plan.stock.length) writes.push(...setStock(db, orgId, now, plan.stock));
  if (plan.changedProducts.length) {
    const j = jsonTable(plan.changedProducts, PRODUCT_JSON);
    writes.push(
      db
        .update(products)
        .set({ description: sql`j.description`, images: sql`j.images`, category: sql`j.category`, status: sql`j.status`, productUrl: sql`j.product_url`, defaultCreatorRateBps: sql`j.rate`, samplePolicy: sql`j.sample_policy`, sampleQuantity: sql`j.sample_quantity`, updatedAt: now })
        .from(sql`${j} AS j` as never)
        .where(sql`${products.id} = j.id AND +${products.orgId} = ${orgId} AND ${products.status} <> 'archived'`), // `+`: see skus/write.ts
    );
  }
  return chunkFrame(db, job.id, seq, now, plan.counts, plan.rejected, writes);
}

/**
 * Any import's chunk writes, framed: the guard first (so the chunk applies exactly once, see `chunkWrites`), then
 * `writes`, then the chunk marked done and the job's counters and report — all for ONE batch.
 */
export function chunkFrame(db: Database, jobId: string, seq: number, now: number, counts: ChunkPlan['counts'], rejected: RejectedRow[], writes: Write[]): Write[] {
  return [
    insertSelect(db, importChunks, { jobId: sql`c.job_id`, seq: sql`c.seq`, rows: sql`c.rows`, doneAt: null }, sql`import_chunks c`, sql`c.job_id = ${jobId} AND c.seq = ${seq} AND c.done_at IS NOT NULL`),
    ...writes,
    db.update(importChunks).set({ doneAt: now }).where(and(eq(importChunks.jobId, jobId), eq(importChunks.seq, seq), isNull(importChunks.doneAt))),
    countersUpdate(db, jobId, now, counts, rejected),
  ];
}

/** Adds a step's counts and rejected rows to the job, and marks it done when no chunk is left, all in SQL. */
export function countersUpdate(db: Database, jobId: string, now: number, counts: ChunkPlan['counts'], rejected: RejectedRow[]) {
  const pending = sql`EXISTS (SELECT 1 FROM import_chunks WHERE job_id = ${jobId} AND done_at IS NULL)`;
  const report = importJobs.rejectedRows;
  // The report is capped (the counter is not); its order is restored by row number when read.
  const appended = sql`CASE WHEN json_array_length(${report}) >= ${MAX_REPORTED} THEN ${report} ELSE (SELECT json_group_array(json(value)) FROM (SELECT value FROM json_each(${report}) UNION ALL SELECT value FROM json_each(${JSON.stringify(rejected)}))) END`;
  return db
    .update(importJobs)
    .set({
      processedRows: sql`${importJobs.processedRows} + ${counts.created + counts.updated + counts.unchanged + counts.rejected}`,
      created: sql`${importJobs.created} + ${counts.created}`,
      updated: sql`${importJobs.updated} + ${counts.updated}`,
      unchanged: sql`${importJobs.unchanged} + ${counts.unchanged}`,
      rejected: sql`${importJobs.rejected} + ${counts.rejected}`,
      ...(rejected.length ? { rejectedRows: appended } : {}),
      status: sql`CASE WHEN ${pending} THEN 'processing' ELSE 'done' END`,
      finishedAt: sql`CASE WHEN ${pending} THEN NULL ELSE ${now} END`,
    })
    .where(eq(importJobs.id, jobId));
}
