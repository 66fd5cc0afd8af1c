import { topUpJournal } from '@xuanpin/core';
import type { Database } from '@xuanpin/db';
import type { DemoOrderPipeline } from '@xuanpin/db/seed/orders';
import { refreshFunding } from '../ledger/funding';
import { journalWrites } from '../ledger/write';
import { runBatch } from '../skus/batch';
import { confirmOrder } from './confirm';
import { platformOrgId } from './facts';
import { runLocks } from './lock';
import { recordOrders } from './record';
import { refundOrder } from './refund';

/**
 * The order pipeline as the demo seed uses it (packages/db/src/seed/orders.ts cannot import the Worker): the same
 * services as the postback door, the refund and confirm routes and the scheduled lock job. A top-up is written as
 * the Stripe webhook writes a paid one: a `top_up` journal keyed once per top-up.
 */
export const demoOrderPipeline: DemoOrderPipeline = {
  recordOrders: (db, rc, inputs) => recordOrders(db, rc, inputs),
  refundOrder: (db, rc, ref, input) => refundOrder(db, rc, ref, input),
  confirmOrder: (db, rc, ref, at) => confirmOrder(db, rc, ref, at),
  async topUp(db: Database, t) {
    const platform = await platformOrgId(db);
    await runBatch(db, journalWrites(db, [{ key: t.key, kind: 'top_up', currency: t.currency, memo: 'Demo top-up', postings: topUpJournal(t.merchantOrgId, platform, t.amount) }], t.now));
  },
  refreshFunding: (db, now) => refreshFunding(db, now),
  runLocks: (db, now) => runLocks(db, now, { batchSize: 50, maxBatches: 1_000 }),
};
