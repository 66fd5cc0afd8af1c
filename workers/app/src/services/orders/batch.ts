import type { ServiceContext } from '../../env';
import type { OrderBatchInput, OrderBatchView } from '../../schemas/order-batch';
import { requireKind } from '../creators/kind';
import type { OrderInput } from './input';
import { recordOrders } from './record';

/**
 * Orders per pipeline call: each call writes its new orders in ONE `db.batch`, whose rows travel as JSON
 * parameters; bounding the lines keeps every parameter far below D1's 2 MB value limit whatever the orders hold.
 */
const MAX_LINES_PER_CALL = 1_000;
const MAX_ORDERS_PER_CALL = 250;

/** Consecutive groups of orders within the limits above (an order never splits). */
export function callsOf(orders: readonly OrderInput[]): OrderInput[][] {
  const out: OrderInput[][] = [];
  let group: OrderInput[] = [];
  let lines = 0;
  for (const o of orders) {
    if (group.length && (group.length === MAX_ORDERS_PER_CALL || lines + o.lines.length > MAX_LINES_PER_CALL)) {
      out.push(group);
      group = [];
      lines = 0;
    }
    group.push(o);
    lines += o.lines.length;
  }
  if (group.length) out.push(group);
  return out;
}

/**
 * The bulk postback door: a merchant's server reports many orders at once through the one pipeline
 * (`recordOrders`, source `postback`). One result per order, in order: a bad order is rejected alone; a replay
 * answers the recorded order; the same external id sent twice in one call is recorded once (the second answers as
 * its replay, or 409 with other content). Each pipeline call is atomic; a long batch is a few calls in sequence,
 * so an order repeated in a later part answers exactly as a repeat within one call would.
 */
export async function postOrderBatch({ ctx, input }: { ctx: ServiceContext; input: OrderBatchInput }): Promise<OrderBatchView> {
  requireKind(ctx, 'merchant');
  const rc = { merchantOrgId: ctx.caller.orgId, source: 'postback' as const, now: ctx.now };
  const results: OrderBatchView['results'] = [];
  const counts = { created: 0, replayed: 0, rejected: 0 };
  for (const part of callsOf(input.orders)) {
    const outcomes = await recordOrders(ctx.db, rc, part);
    outcomes.forEach((o, i) => {
      counts[o.status] += 1;
      const externalId = part[i].externalId;
      if (o.status === 'rejected') {
        results.push({ externalId, status: 'rejected', error: { code: o.error.code, message: o.error.message, ...(o.error.path ? { path: o.error.path } : {}) } });
      } else results.push({ externalId, status: o.status, orderId: o.orderId });
    });
  }
  return { results, counts };
}
