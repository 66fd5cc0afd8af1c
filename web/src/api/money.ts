import type { InferRequestType, InferResponseType } from 'hono/client';
import type { Currency } from '@xuanpin/core/currency';
import type { HoldReason } from '@xuanpin/core/fraud';
import { api, unwrap } from './client';

/**
 * The money side of the API (issue 5): orders, commission lines, balances, top-ups, fraud holds. Pages call these
 * functions, so the calls and their shapes live in one place. The shapes are inferred from the Worker's routes: a
 * server change shows up here as a type error.
 */

export type Order = InferResponseType<typeof api.v1.orders.$get, 200>['data'][number];
export type OrderDetail = InferResponseType<(typeof api.v1.orders)[':id']['$get'], 200>;
export type OrderLine = OrderDetail['lines'][number];
export type CommissionLine = InferResponseType<typeof api.v1.commissions.$get, 200>['data'][number];
export type CommissionTotals = InferResponseType<typeof api.v1.commissions.summary.$get, 200>['data'][number];
export type Balance = InferResponseType<typeof api.v1.ledger.balances.$get, 200>['data'][number];
export type OrderStatus = Order['status'];
export type AttributionOutcome = Order['attribution'];
export type CommissionStatus = CommissionLine['status'];
export type RefundInput = InferRequestType<(typeof api.v1.orders)[':id']['refunds']['$post']>['json'];

export type Hold = InferResponseType<typeof api.v1.admin.holds.$get, 200>['data'][number];

export interface OrderFilters {
  status?: OrderStatus;
  attribution?: AttributionOutcome;
  from?: number;
  to?: number;
}

export interface CommissionFilters {
  status?: CommissionStatus;
  held?: boolean;
  orderId?: string;
}

const paging = (cursor: string | undefined, limit = 50) => ({ limit: String(limit), ...(cursor ? { cursor } : {}) });
const param = (id: string) => ({ param: { id } });

export const orders = {
  list: (f: OrderFilters, cursor?: string) =>
    unwrap(
      api.v1.orders.$get({
        query: {
          ...paging(cursor),
          ...(f.status ? { status: f.status } : {}),
          ...(f.attribution ? { attribution: f.attribution } : {}),
          ...(f.from !== undefined ? { from: String(f.from) } : {}),
          ...(f.to !== undefined ? { to: String(f.to) } : {}),
        },
      }),
    ),
  get: (id: string) => unwrap(api.v1.orders[':id'].$get(param(id))),
  confirm: (id: string) => unwrap(api.v1.orders[':id'].confirm.$post({ ...param(id), json: {} })),
  refund: (id: string, input: RefundInput) => unwrap(api.v1.orders[':id'].refunds.$post({ ...param(id), json: input })),
  cancel: (id: string, reason?: string) => unwrap(api.v1.orders[':id'].cancel.$post({ ...param(id), json: reason ? { reason } : {} })),
};

export const commissions = {
  list: (f: CommissionFilters, cursor?: string) =>
    unwrap(
      api.v1.commissions.$get({
        query: {
          ...paging(cursor),
          ...(f.status ? { status: f.status } : {}),
          ...(f.held !== undefined ? { held: f.held ? ('true' as const) : ('false' as const) } : {}),
          ...(f.orderId ? { orderId: f.orderId } : {}),
        },
      }),
    ),
  summary: () => unwrap(api.v1.commissions.summary.$get()),
};

export const ledger = {
  balances: () => unwrap(api.v1.ledger.balances.$get()),
  /**
   * Starts a Stripe Checkout for a top-up; the page then goes to `url`. The key makes a retry of the same form
   * (a lost answer, a double click) answer the same Checkout Session instead of opening a second one.
   */
  topUp: (amount: number, currency: Currency, idempotencyKey: string) => unwrap(api.v1.balance['top-ups'].$post({ json: { amount, currency, idempotencyKey } })),
};

export const holds = {
  list: (reason: HoldReason | undefined, cursor?: string) => unwrap(api.v1.admin.holds.$get({ query: { ...paging(cursor), ...(reason ? { reason } : {}) } })),
  /** Audited on the server with the reason. */
  release: (id: string, reason: string) => unwrap(api.v1.admin.orders[':id'].release.$post({ ...param(id), json: { reason } })),
};
