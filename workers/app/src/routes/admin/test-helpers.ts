import { eq } from 'drizzle-orm';
import { commissionLines, orders, type Database } from '@xuanpin/db';
import { createApiKey } from '@xuanpin/db/test/factories';
import { ensurePlatformOrg } from '@xuanpin/db/test/order-factories';
import { recordOrders } from '../../services/orders/record';
import type { OrderInput } from '../../services/orders/input';

/** The platform organization and a full-scope key of it: the caller of the admin routes. */
export async function platformCaller(db: Database) {
  const org = await ensurePlatformOrg(db);
  const key = await createApiKey(db, org.id);
  return { org, key: key.key, keyId: key.id };
}

/** Records one postback order of `merchantOrgId` and answers it with its commission lines. */
export async function postback(db: Database, merchantOrgId: string, input: OrderInput, now = Date.now()) {
  const [out] = await recordOrders(db, { merchantOrgId, source: 'postback', now }, [input]);
  if (out.status === 'rejected') throw out.error;
  return orderWithLines(db, out.orderId);
}

export async function orderWithLines(db: Database, id: string) {
  const [order] = await db.select().from(orders).where(eq(orders.id, id));
  const lines = await db.select().from(commissionLines).where(eq(commissionLines.orderId, id));
  return { order, lines };
}
