import { d1Database } from '@xuanpin/db';
import type { QueueHandler } from '../../jobs/queue';
import { createLogger } from '../../lib/logger';
import { unpackClicks, type RawClick } from './message';
import { classifyClick, recordClicks } from './record';

/**
 * The consumer of `clicks` messages: every click of the queue batch classified (identity hash, bot flag) and written
 * by one `recordClicks` (one db.batch). If it throws, the queue retries the whole group, which `recordClicks` makes
 * harmless; malformed messages are logged and dropped.
 */
export const clickQueueHandler: QueueHandler = async (messages, env) => {
  const raw: RawClick[] = [];
  for (const m of messages) {
    const clicks = unpackClicks(m.body);
    if (clicks) raw.push(...clicks);
    else createLogger(`queue-clicks-${m.id}`).warn('malformed clicks message dropped', { messageId: m.id });
  }
  await recordClicks(d1Database(env.DB), await Promise.all(raw.map(classifyClick)));
};
