import { ClickPacker, MAX_MESSAGE_BYTES, type ClicksMessage, type Visit } from '../clicks/message';

export type { Visit };

/** The bindings the sink uses. */
export interface SinkEnv {
  EVENTS: Queue<unknown>;
  /** Benchmark hook: when set, visits are dropped instead of queued (bench/runtime.mjs). */
  BENCH_DISCARD_CLICKS?: string;
}

/**
 * How long a visit waits in the isolate's buffer before it is sent, and how many may wait: the clicks of every
 * request in that time travel together, packed many to a queue message. Measured on this project's benchmark: a
 * message per click cost the isolate ~100 µs per redirect (twice the runtime's own cost of a request), batching
 * brought it to a few µs.
 */
export const FLUSH_DELAY_MS = 200;
export const MAX_PENDING = 2_000;
/** Queues take at most 100 messages and 256 KB per sendBatch. */
const SEND_BATCH_MESSAGES = Math.min(100, Math.floor(250_000 / MAX_MESSAGE_BYTES));

type Sender = (env: SinkEnv, messages: ClicksMessage[]) => Promise<void>;

async function sendToQueue(env: SinkEnv, messages: ClicksMessage[]): Promise<void> {
  for (let i = 0; i < messages.length; i += SEND_BATCH_MESSAGES) {
    const batch = messages.slice(i, i + SEND_BATCH_MESSAGES).map((body) => ({ body, contentType: 'bytes' as const }));
    // One retry: a click lost here is lost for good.
    await env.EVENTS.sendBatch(batch).catch(() => env.EVENTS.sendBatch(batch));
  }
}

let sender: Sender = sendToQueue;
/** Test hook: where the packed click messages go instead of the queue (undefined: the queue again). */
export function overrideClickSender(fn: Sender | undefined): void {
  sender = fn ?? sendToQueue;
}

/** The visits waiting to be sent, already packed into queue messages. */
const packer = new ClickPacker();
let flushScheduled = false;
let scheduledAt = 0;
/** A flush this late never ran (its request's waitUntil was cut short): the next visit schedules another. */
const LOST_TIMER_MS = 30_000;

/**
 * Records a click without delaying the response and without work on the response path: the visit is packed into
 * this isolate's pending messages, sent `FLUSH_DELAY_MS` later (or at once when `MAX_PENDING` wait) inside
 * `ctx.waitUntil` of the request that started the wait, so the clicks of all requests in between go in one
 * `sendBatch`.
 */
export function recordVisit(env: SinkEnv, ctx: ExecutionContext, visit: Visit): void {
  // Bench only (bench/runtime.mjs): the clicks are dropped, to measure what recording them costs the redirect.
  if (env.BENCH_DISCARD_CLICKS) return;
  packer.add(visit);
  if (packer.count >= MAX_PENDING) {
    ctx.waitUntil(track(flush(env, packer.count, packer.take())));
  } else if (!flushScheduled || visit.at - scheduledAt > LOST_TIMER_MS) {
    flushScheduled = true;
    scheduledAt = visit.at;
    ctx.waitUntil(
      track(
        new Promise((resolve) => setTimeout(resolve, FLUSH_DELAY_MS)).then(() => {
          flushScheduled = false;
          return flush(env, packer.count, packer.take());
        }),
      ),
    );
  }
}

const inFlight = new Set<Promise<void>>();
function track(p: Promise<void>): Promise<void> {
  inFlight.add(p);
  return p.finally(() => inFlight.delete(p));
}
/** Test hook: resolves once the clicks buffered so far have been handed to the sender. */
export async function drainClicks(): Promise<void> {
  while (inFlight.size > 0) await Promise.all([...inFlight]);
}

async function flush(env: SinkEnv, count: number, messages: ClicksMessage[]): Promise<void> {
  if (messages.length === 0) return;
  try {
    await sender(env, messages);
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', msg: 'clicks could not be queued', count, error: String(error) }));
  }
}
