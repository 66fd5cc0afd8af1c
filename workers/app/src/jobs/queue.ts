import type { Bindings } from '../env';
import { createLogger } from '../lib/logger';
import { IMPORT_MESSAGE, importQueueHandler } from '../services/imports/queue';
import { CLICKS_MESSAGE, isClicksBody } from '../services/clicks/message';
import { clickQueueHandler } from '../services/clicks/queue';

/**
 * A message on the EVENTS queue: a type and its payload, or bytes that say what they are in their first bytes
 * (clicks: services/clicks/message.ts).
 */
export type QueueMessage = { type: string; [key: string]: unknown } | ArrayBuffer;

export type QueueHandler = (messages: Message<QueueMessage>[], env: Bindings) => Promise<void>;

/** Handlers by message type; later capabilities (clicks, webhook deliveries) register theirs here. */
export const queueHandlers: Record<string, QueueHandler> = {
  [IMPORT_MESSAGE]: importQueueHandler,
  [CLICKS_MESSAGE]: clickQueueHandler,
};

function messageType(body: unknown): string {
  if (isClicksBody(body)) return CLICKS_MESSAGE;
  const type = typeof body === 'object' && body !== null ? (body as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : 'unknown';
}

/**
 * Groups a batch by message type and hands each group to its handler, which processes the group in bulk.
 * A handler that throws has its messages retried; unknown types are logged and acknowledged.
 */
export async function consumeQueue(batch: MessageBatch<QueueMessage>, env: Bindings): Promise<void> {
  const log = createLogger(`queue-${batch.queue}`);
  const groups = new Map<string, Message<QueueMessage>[]>();
  for (const m of batch.messages) {
    const type = messageType(m.body);
    groups.set(type, [...(groups.get(type) ?? []), m]);
  }
  for (const [type, messages] of groups) {
    const handler = queueHandlers[type];
    if (!handler) {
      log.warn('queue message of unknown type acknowledged', { type, count: messages.length });
      messages.forEach((m) => m.ack());
      continue;
    }
    try {
      await handler(messages, env);
      messages.forEach((m) => m.ack());
    } catch (error) {
      log.error('queue handler failed; retrying', { type, count: messages.length, error: String(error) });
      messages.forEach((m) => m.retry());
    }
  }
}
