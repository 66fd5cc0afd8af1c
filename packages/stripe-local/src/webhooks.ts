/**
 * Webhook delivery, as Stripe does it: each event is POSTed as JSON to every endpoint whose enabled_events match,
 * with `Stripe-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload" keyed with the whsec_ secret>`.
 * A non-2xx answer or a network error is retried with exponential backoff, a bounded number of times.
 *
 * Each endpoint has one queue delivered one request at a time, in order. For tests, `shuffle` takes the queue in a
 * random (seedable) order, `duplicates` sends every event twice, and `redeliver` sends one again.
 */
import { createHmac } from 'node:crypto';
import { newId } from './ids.ts';
import type { Delivery, StripeEvent, WebhookEndpoint } from './types.ts';
import type { Table } from './store.ts';

export interface RetryOptions {
  /** Attempts in all, the first included (default 6). */
  attempts: number;
  /** Delay before the first retry; each next one doubles (default 500 ms), up to `maxDelayMs` (default 30 s). */
  initialDelayMs: number;
  maxDelayMs: number;
}

export interface DeliveryOptions {
  shuffle: boolean;
  duplicates: boolean;
  /** Seed of the shuffle, so a failing order can be replayed. */
  seed: number;
  retry: RetryOptions;
  /** Per attempt (default 10 s). */
  timeoutMs: number;
}

/** What a caller may set: any subset, retry fields included. */
export type DeliveryConfig = Partial<Omit<DeliveryOptions, 'retry'>> & { retry?: Partial<RetryOptions> };

export const DEFAULT_DELIVERY: DeliveryOptions = {
  shuffle: false,
  duplicates: false,
  seed: 1,
  retry: { attempts: 6, initialDelayMs: 500, maxDelayMs: 30_000 },
  timeoutMs: 10_000,
};

/** The header Stripe sends; `stripe.webhooks.constructEvent(Async)` verifies it. */
export function signatureHeader(payload: string, secret: string, timestampSec: number): string {
  const v1 = createHmac('sha256', secret).update(`${timestampSec}.${payload}`, 'utf8').digest('hex');
  return `t=${timestampSec},v1=${v1}`;
}

/** Stripe sends events pretty-printed with two spaces; the signature covers these exact bytes. */
export function eventPayload(event: StripeEvent): string {
  return JSON.stringify(event, null, 2);
}

export function matchesEnabledEvents(enabled: string[], type: string): boolean {
  return enabled.some((e) => e === '*' || e === type || (e.endsWith('.*') && type.startsWith(e.slice(0, -1))));
}

interface Task {
  event: StripeEvent;
  endpoint: WebhookEndpoint;
  attempt: number;
  duplicate: boolean;
  redelivery: boolean;
}

export class Webhooks {
  readonly log: Delivery[] = [];
  options: DeliveryOptions;
  private queues = new Map<string, Task[]>();
  private running = new Set<string>();
  private timers = new Set<NodeJS.Timeout>();
  private outstanding = 0;
  private waiters: (() => void)[] = [];
  private rng: () => number;
  private closed = false;
  private readonly endpoints: Table<WebhookEndpoint>;
  private readonly now: () => number;
  /** Called when an original delivery succeeds (the event's pending_webhooks goes down). */
  private readonly delivered: (eventId: string) => void;

  constructor(endpoints: Table<WebhookEndpoint>, now: () => number, options: DeliveryConfig = {}, delivered: (eventId: string) => void = () => {}) {
    this.endpoints = endpoints;
    this.now = now;
    this.delivered = delivered;
    this.options = { ...DEFAULT_DELIVERY, ...options, retry: { ...DEFAULT_DELIVERY.retry, ...options.retry } };
    this.rng = mulberry32(this.options.seed);
  }

  configure(options: DeliveryConfig): DeliveryOptions {
    this.options = { ...this.options, ...options, retry: { ...this.options.retry, ...options.retry } };
    if (options.seed !== undefined) this.rng = mulberry32(options.seed);
    return this.options;
  }

  /** The endpoints an event of this type goes to. */
  endpointsFor(type: string): WebhookEndpoint[] {
    return this.endpoints.all().filter((e) => matchesEnabledEvents(e.enabled_events, type));
  }

  /** Queues a new event for every matching endpoint (twice each with `duplicates`). */
  publish(event: StripeEvent): void {
    for (const endpoint of this.endpointsFor(event.type)) {
      this.enqueue({ event, endpoint, attempt: 1, duplicate: false, redelivery: false });
      if (this.options.duplicates) this.enqueue({ event, endpoint, attempt: 1, duplicate: true, redelivery: false });
    }
  }

  /** Sends an event again (to one endpoint or to all that match); returns how many deliveries were queued. */
  redeliver(event: StripeEvent, endpointId?: string): number {
    const targets = this.endpointsFor(event.type).filter((e) => !endpointId || e.id === endpointId);
    for (const endpoint of targets) this.enqueue({ event, endpoint, attempt: 1, duplicate: false, redelivery: true });
    return targets.length;
  }

  /** Resolves once nothing is queued, in flight or waiting for a retry. */
  settle(): Promise<void> {
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.queues.clear();
    this.outstanding = 0;
    this.wake();
  }

  private enqueue(task: Task): void {
    if (this.closed) return;
    this.outstanding += 1;
    this.requeue(task);
  }

  private requeue(task: Task): void {
    const queue = this.queues.get(task.endpoint.id) ?? [];
    queue.push(task);
    this.queues.set(task.endpoint.id, queue);
    this.pump(task.endpoint.id);
  }

  private pump(endpointId: string): void {
    if (this.running.has(endpointId)) return;
    this.running.add(endpointId);
    // setImmediate: everything one API call emits is queued before the first pick, so `shuffle` can reorder it.
    setImmediate(async () => {
      const queue = this.queues.get(endpointId) ?? [];
      while (queue.length > 0 && !this.closed) {
        const index = this.options.shuffle ? Math.floor(this.rng() * queue.length) : 0;
        const [task] = queue.splice(index, 1);
        await this.attempt(task);
      }
      this.running.delete(endpointId);
    });
  }

  private async attempt(task: Task): Promise<void> {
    const started = this.now();
    const payload = eventPayload(task.event);
    const header = signatureHeader(payload, task.endpoint.secret, Math.floor(started / 1000));
    let status: number | null = null;
    let error: string | null = null;
    const t0 = performance.now();
    try {
      const res = await fetch(task.endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'stripe-signature': header,
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          accept: '*/*; q=0.5, application/xml',
        },
        body: payload,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      status = res.status;
      await res.arrayBuffer();
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    if (this.closed) return;
    const ok = status !== null && status >= 200 && status < 300;
    this.log.push({
      id: newId('dlv'),
      event_id: task.event.id,
      event_type: task.event.type,
      endpoint_id: task.endpoint.id,
      url: task.endpoint.url,
      attempt: task.attempt,
      status,
      ok,
      error: error ?? (ok ? null : `HTTP ${status}`),
      duplicate: task.duplicate,
      redelivery: task.redelivery,
      at: started,
      duration_ms: Math.round(performance.now() - t0),
    });
    if (ok) {
      if (!task.duplicate && !task.redelivery) this.delivered(task.event.id);
      this.done();
    } else if (task.attempt < this.options.retry.attempts) {
      const { initialDelayMs, maxDelayMs } = this.options.retry;
      const delay = Math.min(initialDelayMs * 2 ** (task.attempt - 1), maxDelayMs);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.requeue({ ...task, attempt: task.attempt + 1 });
      }, delay);
      this.timers.add(timer);
    } else {
      this.done();
    }
  }

  private done(): void {
    this.outstanding -= 1;
    if (this.outstanding === 0) this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

/** A small seedable PRNG (mulberry32), so a shuffled delivery order replays from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
