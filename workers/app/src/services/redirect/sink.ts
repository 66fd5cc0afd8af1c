import { MAX_MESSAGE_BYTES, packClicks, type ClicksMessage, type Visit } from '../clicks/message';

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

/** The visits waiting to be sent, as the redirect saw them: packed into queue messages only when they are sent. */
let pending: Visit[] = [];
let flushScheduled = false;
let scheduledAt = 0;
/** A flush this late never ran (its request's waitUntil was cut short): the next visit schedules another. */
const LOST_TIMER_MS = 30_000;

/**
 * Records a click without delaying the response and with almost no work on the response path: the visit joins this
 * isolate's pending list, and is packed and sent `FLUSH_DELAY_MS` later (or at once when `MAX_PENDING` wait) inside
 * `ctx.waitUntil` of the request that started the wait, so the clicks of all requests in between go in one
 * `sendBatch`.
 *
 * Why the packing waits for the flush: on the benchmark's one-connection runs, packing a visit as it came cost the
 * response ~3 µs (2–3.5 % of a bare redirect's latency) whenever the Worker had been idle before the run, against
 * ~0.65 µs in a hot loop; packing at the flush took that off the response and measured like dropping the click
 * (p50 1.076 against 1.099 packed on arrival and 1.079 dropped, 45 pairs), the total work the same within noise
 * (throughput 0.866 against 0.877, from CPU time 0.887 against 0.878). The visits wait as objects, at most
 * `MAX_PENDING` of them.
 */
export function recordVisit(env: SinkEnv, ctx: ExecutionContext, visit: Visit): void {
  // Bench only (bench/runtime.mjs): the clicks are dropped, to measure what recording them costs the redirect.
  if (env.BENCH_DISCARD_CLICKS) return;
  // An indexed store, not `push`: the hot path then makes no call into the runtime's builtins for it.
  pending[pending.length] = visit;
  if (pending.length >= MAX_PENDING) {
    ctx.waitUntil(track(flushPending(env)));
  } else if (!flushScheduled || visit.at - scheduledAt > LOST_TIMER_MS) {
    flushScheduled = true;
    scheduledAt = visit.at;
    ctx.waitUntil(
      track(
        new Promise((resolve) => setTimeout(resolve, FLUSH_DELAY_MS)).then(() => {
          flushScheduled = false;
          return flushPending(env);
        }),
      ),
    );
  }
}

/** Packs the pending visits into queue messages and sends them; the list starts afresh. */
function flushPending(env: SinkEnv): Promise<void> {
  const visits = pending;
  pending = [];
  return flush(env, visits);
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

async function flush(env: SinkEnv, visits: Visit[]): Promise<void> {
  if (visits.length === 0) return;
  try {
    await sender(env, packClicks(visits));
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', msg: 'clicks could not be queued', count: visits.length, error: String(error) }));
  }
}
