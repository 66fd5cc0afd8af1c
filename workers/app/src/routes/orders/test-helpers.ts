import type { Database } from '@xuanpin/db';
import { createApiKey } from '@xuanpin/db/test/factories';
import { createProduct } from '@xuanpin/db/test/catalog-factories';
import { createLink } from '@xuanpin/db/test/link-factories';
import { createClick, ensurePlatformOrg } from '@xuanpin/db/test/order-factories';
import { call, db } from '../../../test/security';
import { recordOrders } from '../../services/orders/record';
import { sellingSetup } from '../../services/orders/test-setup';

let n = 0;
/** A fresh external id per call, so that tests sharing a database never replay one another. */
export const extId = (prefix = 'ORD') => `${prefix}-${Date.now().toString(36)}-${(n++).toString(36)}`;

/**
 * A merchant selling through a creator's link (see `sellingSetup`: creator 20 %, service fee 5 %, platform 10 %),
 * with a key for the provider too, and a postback body for one line of its SKU through the click.
 */
export async function postbackSetup(now = Date.now()) {
  const s = await sellingSetup(db(), now);
  const provider = await createApiKey(db(), s.providerOrgId);
  const body = (over: Record<string, unknown> = {}) => ({
    externalId: extId(),
    clickId: s.click.id,
    currency: 'CNY',
    placedAt: now,
    lines: [{ sku: s.sku.code, quantity: 2, unitPrice: 2_800, discount: 100 }],
    ...over,
  });
  const post = async (b: unknown, key = s.merchant.key) => call('POST', '/v1/orders', { key, body: b });
  /** Records an order through the door and returns its view. */
  const order = async (over: Record<string, unknown> = {}) => {
    const res = await post(body(over));
    if (res.status !== 201) throw new Error(`order not recorded: ${res.text}`);
    return res.body;
  };
  return { ...s, providerKey: provider.key, body, post, order };
}

/** An unattributed postback order of `merchantOrgId` (a product made for it); returns the order id. */
export async function orderOf(database: Database, merchantOrgId: string): Promise<string> {
  await ensurePlatformOrg(database);
  const { skus } = await createProduct(database, merchantOrgId);
  const [out] = await recordOrders(database, { merchantOrgId, source: 'postback', now: Date.now() }, [
    { externalId: extId(), currency: 'CNY', placedAt: Date.now(), lines: [{ sku: skus[0].code, quantity: 1, unitPrice: 1_000 }] },
  ]);
  if (out.status === 'rejected') throw out.error;
  return out.orderId;
}

/** An order attributed to `creatorOrgId` (through a fresh offer and click); returns the order id. */
export async function attributedOrderOf(database: Database, creatorOrgId: string): Promise<string> {
  await ensurePlatformOrg(database);
  const now = Date.now();
  const { link, offer } = await createLink(database, creatorOrgId, { now: now - 86_400_000 });
  const click = await createClick(database, link, { at: now - 60_000 });
  const [out] = await recordOrders(database, { merchantOrgId: offer.merchantOrgId, source: 'postback', now }, [
    { externalId: extId(), clickId: click.id, currency: 'CNY', placedAt: now, lines: [{ sku: offer.sku.code, quantity: 1, unitPrice: 5_000 }] },
  ]);
  if (out.status === 'rejected') throw out.error;
  return out.orderId;
}

/** A valid postback body for a merchant `orgId` (a product made for it). */
export async function postbackBody({ db: database, orgId }: { db: Database; orgId: string }) {
  await ensurePlatformOrg(database);
  const { skus } = await createProduct(database, orgId);
  return { externalId: extId(), currency: 'CNY', placedAt: Date.now(), lines: [{ sku: skus[0].code, quantity: 1, unitPrice: 1_000 }] };
}
