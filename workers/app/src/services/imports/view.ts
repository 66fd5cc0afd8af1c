import { and, eq } from 'drizzle-orm';
import { importJobs, type ImportJob } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';

/** An import as the API shows it; the rejected rows in file order (chunks may append them in any order). */
export const importView = (j: ImportJob) => ({
  id: j.id,
  status: j.status,
  filename: j.filename,
  totalRows: j.totalRows,
  processedRows: j.processedRows,
  created: j.created,
  updated: j.updated,
  unchanged: j.unchanged,
  rejected: j.rejected,
  rejectedRows: [...j.rejectedRows].sort((a, b) => a.row - b.row),
  createdAt: j.createdAt,
  finishedAt: j.finishedAt,
});

/** One of the caller's imports of `kind` (products unless said: each kind has its own routes and scopes). */
export async function getImport({ ctx, input }: { ctx: ServiceContext; input: { id: string; kind?: string } }) {
  const [job] = await ctx.db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, input.id), eq(importJobs.orgId, ctx.caller.orgId), eq(importJobs.kind, input.kind ?? 'products')));
  if (!job) throw notFound('Import');
  return importView(job);
}
