import { eq } from 'drizzle-orm';
import { products, sampleRequests } from '@xuanpin/db';
import { createOrg, createTenant } from '@xuanpin/db/test/factories';
import { createOffer, createSample, type OfferOptions } from '@xuanpin/db/test/creator-factories';
import { overrideServices } from '../../middleware/init';
import { call, db } from '../../../test/security';

export const DAY = 86_400_000;

/** A creator, the merchant and provider of an offer open to it, each with a full-scope key. */
export async function market(opts: OfferOptions = {}) {
  const creator = await createTenant(db(), 'creator');
  const merchant = await createTenant(db(), 'merchant');
  const provider = await createTenant(db(), 'provider');
  const offer = await createOffer(db(), { merchantOrgId: merchant.org.id, providerOrgId: provider.org.id, creatorOrgId: creator.org.id, ...opts });
  return { creator, merchant, provider, offer };
}

export const requestBody = (offerId: string, extra: Record<string, unknown> = {}) => ({
  offerId,
  quantity: 1,
  shippingAddress: '88 Huaihai Road, Shanghai',
  ...extra,
});

export async function unitsLeft(productId: string): Promise<number> {
  const [row] = await db().select({ n: products.sampleQuantity }).from(products).where(eq(products.id, productId));
  return row.n;
}

export async function sampleRow(id: string) {
  const [row] = await db().select().from(sampleRequests).where(eq(sampleRequests.id, id));
  return row;
}

/** Runs `fn` with the Worker's clock set to `at` (auth still works: test keys do not expire). */
export async function atTime<T>(at: number, fn: () => Promise<T>): Promise<T> {
  overrideServices((s) => ({ ...s, clock: { now: () => at } }));
  try {
    return await fn();
  } finally {
    overrideServices(undefined);
  }
}

/** Takes a fresh request through approve → ship → deliver as the merchant; returns the delivered sample. */
export async function deliveredSample(m: Awaited<ReturnType<typeof market>>) {
  const created = await call('POST', '/v1/samples', { key: m.creator.key, body: requestBody(m.offer.id) });
  if (created.status !== 201) throw new Error(created.text);
  const id = created.body.id as string;
  for (const [verb, body] of [['approve'], ['ship', { carrier: 'SF Express', trackingNumber: 'SF123' }], ['deliver']] as const) {
    const res = await call('POST', `/v1/samples/${id}/${verb}`, { key: m.merchant.key, body });
    if (res.status !== 200) throw new Error(res.text);
  }
  return (await call('GET', `/v1/samples/${id}`, { key: m.creator.key })).body;
}

/** For `securityCases`: a sample request in `status` whose merchant (or creator) is `orgId`. */
export const foreignSample =
  (status: 'requested' | 'approved' | 'shipped' | 'delivered', side: 'merchant' | 'creator' = 'merchant') =>
  async ({ orgId }: { orgId: string }) => {
    const creatorOrgId = side === 'creator' ? orgId : (await createOrg(db(), { kind: 'creator' })).id;
    const offer = await createOffer(db(), side === 'merchant' ? { merchantOrgId: orgId, creatorOrgId } : { creatorOrgId });
    return (await createSample(db(), offer, creatorOrgId, { status, deliveredAt: status === 'delivered' ? Date.now() : null })).id;
  };
