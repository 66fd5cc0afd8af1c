/**
 * All state, in memory: one table per object type, plus the idempotency records. Optionally saved to a JSON file
 * (`--state`) so that `pnpm dev` restarts keep sessions, payments and events.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type {
  Account,
  AccountLinkRecord,
  CheckoutSession,
  Charge,
  PaymentIntent,
  Product,
  Refund,
  SessionExtras,
  StripeEvent,
  Transfer,
  TransferReversal,
  WebhookEndpoint,
} from './types.ts';

/** Rows by id in insertion order; Stripe lists newest first, which is the reverse. */
export class Table<T extends { id: string }> {
  private rows = new Map<string, T>();
  get(id: string): T | undefined {
    return this.rows.get(id);
  }
  insert(row: T): T {
    this.rows.set(row.id, row);
    return row;
  }
  delete(id: string): boolean {
    return this.rows.delete(id);
  }
  /** Oldest first. */
  all(): T[] {
    return [...this.rows.values()];
  }
  newestFirst(): T[] {
    return this.all().reverse();
  }
  get size(): number {
    return this.rows.size;
  }
  load(rows: T[]): void {
    this.rows = new Map(rows.map((r) => [r.id, r]));
  }
}

/** What one idempotency key remembers (scoped by secret key and Stripe-Account). */
export interface IdempotencyRecord {
  id: string; // scope + key
  method: string;
  path: string;
  params: string; // canonical JSON of the parsed parameters
  status: number;
  body: string;
  request_id: string;
  created_ms: number;
}

export class Store {
  readonly checkoutSessions = new Table<CheckoutSession>();
  readonly sessionExtras = new Table<SessionExtras>();
  readonly products = new Table<Product>();
  readonly paymentIntents = new Table<PaymentIntent>();
  readonly charges = new Table<Charge>();
  readonly refunds = new Table<Refund>();
  readonly events = new Table<StripeEvent>();
  readonly accounts = new Table<Account>();
  readonly accountLinks = new Table<AccountLinkRecord>();
  readonly transfers = new Table<Transfer>();
  readonly transferReversals = new Table<TransferReversal>();
  readonly webhookEndpoints = new Table<WebhookEndpoint>();
  readonly idempotency = new Table<IdempotencyRecord>();

  private tables() {
    return {
      checkout_sessions: this.checkoutSessions,
      session_extras: this.sessionExtras,
      products: this.products,
      payment_intents: this.paymentIntents,
      charges: this.charges,
      refunds: this.refunds,
      events: this.events,
      accounts: this.accounts,
      account_links: this.accountLinks,
      transfers: this.transfers,
      transfer_reversals: this.transferReversals,
      webhook_endpoints: this.webhookEndpoints,
      idempotency: this.idempotency,
    } as Record<string, Table<{ id: string }>>;
  }

  toJSON(): Record<string, unknown> {
    const tables: Record<string, unknown[]> = {};
    for (const [name, table] of Object.entries(this.tables())) tables[name] = table.all();
    return { version: 1, tables };
  }

  load(json: { version?: number; tables?: Record<string, { id: string }[]> }): void {
    if (json.version !== 1 || !json.tables) throw new Error('stripe-local: unrecognised state file (want version 1)');
    for (const [name, table] of Object.entries(this.tables())) table.load(json.tables[name] ?? []);
  }

  /** Finds any stored object by its id prefix (for `expand[]`). */
  byId(id: string): { id: string } | undefined {
    const prefix = id.slice(0, id.indexOf('_'));
    const table = {
      cs: this.checkoutSessions,
      prod: this.products,
      pi: this.paymentIntents,
      ch: this.charges,
      re: this.refunds,
      evt: this.events,
      acct: this.accounts,
      tr: this.transfers,
      trr: this.transferReversals,
    }[prefix] as Table<{ id: string }> | undefined;
    return table?.get(id);
  }
}

/** Saves the store to a file, at most every `delayMs`, writing a temporary file and renaming it over. */
export class StateFile {
  private timer: NodeJS.Timeout | null = null;
  readonly path: string;
  private readonly store: Store;
  private readonly delayMs: number;
  constructor(path: string, store: Store, delayMs = 100) {
    this.path = path;
    this.store = store;
    this.delayMs = delayMs;
  }

  loadIfPresent(): boolean {
    if (!existsSync(this.path)) return false;
    this.store.load(JSON.parse(readFileSync(this.path, 'utf8')));
    return true;
  }

  schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
    this.timer.unref();
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.store));
    renameSync(tmp, this.path);
  }
}
