import { and, asc, eq, isNull } from 'drizzle-orm';
import { importChunks, importJobs, type Database, type ImportJob } from '@xuanpin/db';
import type { Logger } from '../../env';
import { isUniqueViolation } from '../audit/commit';
import { orderChunkWrites } from '../orders/csv';
import { runBatch, type Write } from '../skus/batch';
import { planChunk } from './plan';
import { chunkWrites } from './write';

async function nextChunk(db: Database, jobId: string) {
  const [chunk] = await db
    .select()
    .from(importChunks)
    .where(and(eq(importChunks.jobId, jobId), isNull(importChunks.doneAt)))
    .orderBy(asc(importChunks.seq))
    .limit(1);
  return chunk;
}

async function isDone(db: Database, jobId: string, seq: number) {
  const [chunk] = await db.select({ doneAt: importChunks.doneAt }).from(importChunks).where(and(eq(importChunks.jobId, jobId), eq(importChunks.seq, seq)));
  return chunk?.doneAt != null;
}

type Chunk = typeof importChunks.$inferSelect;

/**
 * How each kind of import plans a chunk against the data as it is, into ONE batch of writes framed by `chunkFrame`
 * (its guard makes the chunk apply exactly once).
 */
const APPLIERS: Record<string, (db: Database, now: number, job: ImportJob, chunk: Chunk) => Promise<Write[]>> = {
  products: async (db, now, job, chunk) => chunkWrites(db, job.orgId, now, job, chunk.seq, await planChunk(db, job.orgId, now, job.id, chunk.rows)),
  orders: orderChunkWrites,
};

/**
 * Applies one chunk: plan it against the catalog as it is, then write it in one batch. A unique violation means
 * either another worker applied the chunk first (fine: move on) or a concurrent API call took a SKU code (or an
 * order's external id) the plan meant to create; the plan is then made again from fresh reads, once, before giving up.
 */
async function applyChunk(db: Database, now: number, job: ImportJob, chunk: Chunk, logger?: Logger) {
  const applier = APPLIERS[job.kind];
  if (!applier) throw new Error(`no applier for imports of kind ${job.kind}`);
  for (let attempt = 1; ; attempt++) {
    const writes = await applier(db, now, job, chunk);
    try {
      await runBatch(db, writes);
      return;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      if (await isDone(db, job.id, chunk.seq)) return;
      if (attempt >= 2) throw err;
      logger?.warn('import chunk raced with a catalog change; planning it again', { jobId: job.id, seq: chunk.seq });
    }
  }
}

/**
 * Processes up to `maxChunks` chunks of an import, in order, and answers the job as it then is (undefined when
 * there is no such job — for `orgId` and `kind`, none of that organization and kind). Called by the `continue`
 * routes and by the queue consumer; both may run at once on one job, and each chunk still applies exactly once.
 */
export async function processImport(opts: { db: Database; now: number; jobId: string; orgId?: string; kind?: string; maxChunks: number; logger?: Logger }) {
  const { db, jobId } = opts;
  const where = and(eq(importJobs.id, jobId), opts.orgId ? eq(importJobs.orgId, opts.orgId) : undefined, opts.kind ? eq(importJobs.kind, opts.kind) : undefined);
  const [job] = await db.select().from(importJobs).where(where);
  if (!job) return undefined;
  for (let i = 0; i < opts.maxChunks; i++) {
    const chunk = await nextChunk(db, jobId);
    if (!chunk) break;
    await applyChunk(db, opts.now, job, chunk, opts.logger);
  }
  const [after] = await db.select().from(importJobs).where(eq(importJobs.id, jobId));
  return after;
}
