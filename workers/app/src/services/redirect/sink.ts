import { MAX_MESSAGE_BYTES, packClicks, type ClicksMessage, type Visit } from '../clicks/message';
import type { LinkFacts } from './cache';

/**
 * A click as the redirect leaves it: its id, time and link, and the request it came with. What the click keeps of
 * the request's headers (IP, user agent, referrer, country) is read at the flush (`visitOf`), after the response.
 */
export interface Seen {
  id: string;
  at: number;
  facts: LinkFacts;
  request: Request;
}

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

/** The clicks waiting to be sent, as the redirect left them: read and packed into queue messages only when sent. */
let pending: Seen[] = [];
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
 *
 * Why the headers are read at the flush too: the four `headers.get` calls (and `request.headers` itself) each
 * cross from JavaScript into the runtime and copy a string out; on the response path they cost the one-connection
 * p50 1.6–4.5 points of the bare 302's latency (48-pair runs in the bench's order, 2026-12-07: p50 ratio 1.069
 * against 1.114, and 1.077 against 1.093). A request's headers are the runtime's copy, readable after its
 * response: the click keeps its `Request` until the flush.
 */
export function recordVisit(env: SinkEnv, ctx: ExecutionContext, visit: Seen): void {
  // Bench only (bench/runtime.mjs): the clicks are dropped, to measure what recording them costs the redirect.
  if (env.BENCH_DISCARD_CLICKS) return;
  pending.push(visit);
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

/** Reads the pending clicks' headers, packs them into queue messages and sends them; the list starts afresh. */
function flushPending(env: SinkEnv): Promise<void> {
  const seen = pending;
  pending = [];
  return flush(env, seen);
}

/**
 * What a click keeps of its request: the visitor's IP, user agent, referrer and country. The country is the
 * edge's `CF-IPCountry` header where the zone adds it, else `request.cf.country` (a parse of the whole `cf`
 * object); absent locally.
 */
export function visitOf({ id, at, facts, request }: Seen): Visit {
  const h = request.headers;
  const cf = (request as { cf?: { country?: unknown } }).cf;
  const country = h.get('cf-ipcountry') ?? (typeof cf?.country === 'string' ? cf.country : null);
  return { id, at, facts, ip: h.get('cf-connecting-ip') ?? '', userAgent: h.get('user-agent'), referrer: h.get('referer'), country };
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

async function flush(env: SinkEnv, seen: Seen[]): Promise<void> {
  if (seen.length === 0) return;
  try {
    await sender(env, packClicks(seen.map(visitOf)));
  } catch (error) {
    console.error(JSON.stringify({ level: 'error', msg: 'clicks could not be queued', count: seen.length, error: String(error) }));
  }
}
