import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { OrderDetail } from '../../schemas/order';
import { ReattributeBody } from '../../schemas/order-admin';
import { reattributeOrder } from '../../services/orders/reattribute';

/** The platform re-attributes an order to another click, or to none, with an audited reason. */
export const route = new Hono<AppEnv>().post(
  '/v1/admin/orders/:id/attribution',
  doc({
    operationId: 'reattributeOrder',
    summary: 'Re-attribute an order',
    description:
      'The platform organization only (403 for others). Only while every commission line of the order is pending or ' +
      'reversed (409 once one is locked, payable or paid, and for a cancelled order). With a `clickId`, the order is attributed to it as the pipeline ' +
      'would have at `placedAt` (the click must qualify: 400 on `clickId` with the reason code otherwise), with the ' +
      'terms in force then; with `null`, it becomes unattributed. The current commission lines are reversed and new ' +
      'lines written on what remains of each order line, in one ledger entry; `attributionReason` becomes ' +
      '`reattributed` or `unattributed_by_admin`. `reason` is kept in the audit log.',
    tags: ['Admin'],
    auth: 'key',
    scope: 'orders:write',
    errors: [400, 404, 409, 413, 415],
    responses: { 200: { description: 'The order, re-attributed, with its commission lines', schema: OrderDetail } },
  }),
  requireScope('orders:write'),
  params(IdParam),
  jsonBody(ReattributeBody),
  async (c) => reply(c, OrderDetail, await reattributeOrder({ ctx: serviceContext(c), input: { ...c.req.valid('param'), ...c.req.valid('json') } })),
);
