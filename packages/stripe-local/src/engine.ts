/**
 * The state and the clock every handler shares, and `emit`, which records an event and hands it to the webhooks.
 */
import { newId } from './ids.ts';
import { IDEMPOTENCY_TTL_MS } from './idempotency.ts';
import { Store } from './store.ts';
import type { CheckoutSession, StripeEvent } from './types.ts';
import { Webhooks, type DeliveryConfig } from './webhooks.ts';

/** The API version stamped on events (the one stripe-node 23.1.0 pins). */
export const DEFAULT_API_VERSION = '2026-10-28.endive';

/** Which API call caused an event (Stripe's `event.request`); null for the hosted pages and automatic changes. */
export interface RequestRef {
  id: string | null;
  idempotency_key: string | null;
}
export const NO_REQUEST: RequestRef = { id: null, idempotency_key: null };

export interface EngineOptions {
  /** The clock, unix milliseconds (default Date.now): lets a test move time (expiry, stale signatures). */
  now?: () => number;
  apiVersion?: string;
  delivery?: DeliveryConfig;
}

export class Engine {
  readonly store = new Store();
  readonly webhooks: Webhooks;
  readonly now: () => number;
  readonly apiVersion: string;
  /** The server's own address (http://127.0.0.1:port), for the hosted page and account link urls. */
  baseUrl = '';
  /** Called after every change of state (the state file listens). */
  onChange: () => void = () => {};

  constructor(options: EngineOptions = {}) {
    this.now = options.now ?? Date.now;
    this.apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
    this.webhooks = new Webhooks(this.store.webhookEndpoints, this.now, options.delivery, (eventId) => {
      const event = this.store.events.get(eventId);
      if (event && event.pending_webhooks > 0) event.pending_webhooks -= 1;
    });
  }

  nowSec(): number {
    return Math.floor(this.now() / 1000);
  }

  /**
   * Records an event whose data.object is a snapshot of the object now (later changes do not alter it) and queues
   * its deliveries.
   */
  emit(type: string, object: object, request: RequestRef, previous?: Record<string, unknown>): StripeEvent {
    const event: StripeEvent = {
      id: newId('evt'),
      object: 'event',
      api_version: this.apiVersion,
      created: this.nowSec(),
      data: { object: structuredClone(object) as Record<string, unknown>, ...(previous ? { previous_attributes: previous } : {}) },
      livemode: false,
      pending_webhooks: this.webhooks.endpointsFor(type).length,
      request: { ...request },
      type,
    };
    this.store.events.insert(event);
    this.webhooks.publish(event);
    this.onChange();
    return event;
  }

  private lastSweep = -1;

  /**
   * Open sessions past their expires_at become expired (Stripe does this within the hour; here at the next request),
   * and idempotency keys older than 24 hours are forgotten. At most once per second of the clock: a session expires
   * at least 30 minutes after it is created, so none can be missed.
   */
  sweepExpired(): void {
    const now = this.nowSec();
    if (now === this.lastSweep) return;
    this.lastSweep = now;
    for (const session of this.store.checkoutSessions.all()) {
      if (session.status === 'open' && session.expires_at <= now) this.expireSession(session, NO_REQUEST);
    }
    const cutoff = this.now() - IDEMPOTENCY_TTL_MS;
    for (const record of this.store.idempotency.all()) {
      if (record.created_ms < cutoff) this.store.idempotency.delete(record.id);
    }
  }

  expireSession(session: CheckoutSession, request: RequestRef): void {
    session.status = 'expired';
    session.url = null;
    this.emit('checkout.session.expired', session, request);
  }
}
