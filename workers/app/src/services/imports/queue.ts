import { d1Database } from '@xuanpin/db';
import type { Bindings } from '../../env';
import type { QueueHandler } from '../../jobs/queue';
import { createLogger } from '../../lib/logger';
import { processImport } from './process';

export const IMPORT_MESSAGE = 'catalog.import';
/** Chunks one message processes before handing the rest to a new message (keeps each invocation short). */
export const CHUNKS_PER_MESSAGE = 8;

/** Starts an import in the background. If the queue is unavailable, `continue` calls still process it. */
export async function enqueueImport(env: Bindings, jobId: string, logger = createLogger('import')) {
  try {
    await env.EVENTS.send({ type: IMPORT_MESSAGE, jobId });
  } catch (error) {
    logger.warn('could not enqueue an import; it advances through continue calls', { jobId, error: String(error) });
  }
}

/** `{ type: 'catalog.import', jobId }`: processes a few chunks of the job, then re-enqueues it until done. */
export const importQueueHandler: QueueHandler = async (messages, env) => {
  const db = d1Database(env.DB);
  const logger = createLogger('queue-catalog-import');
  const jobIds = new Set(messages.map((m) => (m.body instanceof ArrayBuffer ? undefined : m.body.jobId)).filter((id): id is string => typeof id === 'string'));
  for (const jobId of jobIds) {
    const job = await processImport({ db, now: Date.now(), jobId, maxChunks: CHUNKS_PER_MESSAGE, logger });
    if (job && job.status !== 'done') await env.EVENTS.send({ type: IMPORT_MESSAGE, jobId });
  }
};
