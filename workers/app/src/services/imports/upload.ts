import { newId } from '@xuanpin/core';
import { importChunks, importJobs, type ImportJob, type RejectedRow } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { assertMerchant } from '../products/view';
import { runBatch } from '../skus/batch';
import { CHUNK_CHARS, CHUNK_ROWS, MAX_REPORTED } from './columns';
import { chunkRows, prepareRows } from './prepare';
import { importView } from './view';

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Accepts a product CSV: checks the file as a whole (encoding, syntax, header — any problem refuses it with
 * 400 naming the line), records the job with the rows rejected already, and stores the other rows in chunks of
 * ~250 for the queue consumer and `POST /v1/imports/{id}/continue` to apply. Nothing in the catalog changes yet.
 */
export async function uploadImport({ ctx, input }: { ctx: ServiceContext; input: { bytes: Uint8Array; filename: string } }) {
  assertMerchant(ctx);
  const { rows, rejected, totalRows } = prepareRows(input.bytes);
  return storeImport(ctx, { kind: 'products', ...input, totalRows, rejected, chunks: chunkRows(rows, CHUNK_ROWS, CHUNK_CHARS) });
}

/**
 * Records an import job of any kind, with the rows rejected while reading the file, and its chunks of rows for
 * `processImport` to apply; a file with no row left to apply is done at once.
 */
export async function storeImport(
  ctx: ServiceContext,
  input: { kind: string; bytes: Uint8Array; filename: string; totalRows: number; rejected: RejectedRow[]; chunks: { row: number; values: Record<string, string> }[][] },
) {
  const { rejected, chunks } = input;
  const job: ImportJob = {
    id: newId('importJob', ctx.now),
    orgId: ctx.caller.orgId,
    kind: input.kind,
    filename: input.filename,
    contentHash: await sha256(input.bytes),
    status: chunks.length ? 'pending' : 'done',
    totalRows: input.totalRows,
    processedRows: rejected.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejected: rejected.length,
    rejectedRows: rejected.slice(0, MAX_REPORTED),
    createdAt: ctx.now,
    finishedAt: chunks.length ? null : ctx.now,
  };
  await runBatch(ctx.db, [
    ctx.db.insert(importJobs).values(job),
    ...chunks.map((chunkRows, seq) => ctx.db.insert(importChunks).values({ jobId: job.id, seq, rows: chunkRows, doneAt: null })),
  ]);
  return importView(job);
}
