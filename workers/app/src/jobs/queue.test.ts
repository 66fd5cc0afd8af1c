import { createExecutionContext, createMessageBatch, env, getQueueResult } from 'cloudflare:test';
import { afterEach, describe, expect, it } from 'vitest';
import worker from '../index';
import { consumeQueue, queueHandlers, type QueueMessage } from './queue';

const msg = (id: string, body: unknown) => ({ id, timestamp: Date.now(), attempts: 1, body: body as QueueMessage });
const registered: string[] = [];
/** Registers a handler for the duration of one test. */
function handle(type: string, fn: (typeof queueHandlers)[string]) {
  queueHandlers[type] = fn;
  registered.push(type);
}
afterEach(() => registered.splice(0).forEach((t) => delete queueHandlers[t]));

describe('queue dispatcher', () => {
  it('hands each registered type its messages as one group, then acks them', async () => {
    const seen: Record<string, unknown[]> = {};
    const record = (type: string) => async (ms: Message<QueueMessage>[]) => void (seen[type] = ms.map((m) => m.body));
    handle('test.click', record('test.click'));
    handle('test.order', record('test.order'));
    const batch = createMessageBatch<QueueMessage>('xuanpin-events', [
      msg('a', { type: 'test.click', n: 1 }),
      msg('b', { type: 'test.order', n: 2 }),
      msg('c', { type: 'test.click', n: 3 }),
    ]);
    const ctx = createExecutionContext();
    await worker.queue(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(seen).toEqual({ 'test.click': [{ type: 'test.click', n: 1 }, { type: 'test.click', n: 3 }], 'test.order': [{ type: 'test.order', n: 2 }] });
    expect(result.explicitAcks.sort()).toEqual(['a', 'b', 'c']);
    expect(result.retryMessages).toEqual([]);
  });

  it('acknowledges messages of unknown or missing type without retrying them', async () => {
    const batch = createMessageBatch<QueueMessage>('xuanpin-events', [msg('u1', { type: 'test.nobody' }), msg('u2', 'not an object'), msg('u3', null)]);
    const ctx = createExecutionContext();
    await consumeQueue(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.explicitAcks.sort()).toEqual(['u1', 'u2', 'u3']);
    expect(result.retryMessages).toEqual([]);
  });

  it('retries the whole group of a handler that throws, and only that group', async () => {
    handle('test.flaky', async () => {
      throw new Error('downstream is down');
    });
    handle('test.fine', async () => {});
    const batch = createMessageBatch<QueueMessage>('xuanpin-events', [
      msg('f1', { type: 'test.flaky' }),
      msg('ok', { type: 'test.fine' }),
      msg('f2', { type: 'test.flaky' }),
    ]);
    const ctx = createExecutionContext();
    await consumeQueue(batch, env);
    const result = await getQueueResult(batch, ctx);
    expect(result.retryMessages.map((m) => m.msgId).sort()).toEqual(['f1', 'f2']);
    expect(result.explicitAcks).toEqual(['ok']);
    expect(result.ackAll).toBe(false);
    expect(result.retryBatch.retry).toBe(false);
  });
});
