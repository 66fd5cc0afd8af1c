import type { ServiceContext } from '../../env';
import { notFound } from '../../lib/errors';
import { processImport } from './process';
import { importView } from './view';

/** Applies up to `chunks` more chunks of one of the caller's imports (of `kind`) now, and answers its progress. */
export async function continueImport({ ctx, input }: { ctx: ServiceContext; input: { id: string; chunks: number; kind?: string } }) {
  const kind = input.kind ?? 'products';
  const job = await processImport({ db: ctx.db, now: ctx.now, jobId: input.id, orgId: ctx.caller.orgId, kind, maxChunks: input.chunks, logger: ctx.logger });
  if (!job) throw notFound('Import');
  return importView(job);
}
