import { afterEach } from 'vitest';
import { createTenant } from '@xuanpin/db/test/factories';
import { insertActivity, insertProduct, insertRosterMember, type ActivityOpts } from '@xuanpin/db/test/marketplace-factories';
import { overrideServices } from '../../middleware/init';
import { call, db } from '../../../test/security';

export const DAY = 24 * 3600 * 1000;

/** A provider with an activity, a merchant with an active product, and a creator: the marketplace in one call. */
export async function market(opts: { activity?: ActivityOpts; category?: string } = {}) {
  const provider = await createTenant(db(), 'provider');
  const merchant = await createTenant(db(), 'merchant');
  const creator = await createTenant(db(), 'creator');
  const activity = await insertActivity(db(), provider.org.id, opts.activity);
  const product = await insertProduct(db(), merchant.org.id, { category: opts.category });
  return { provider, merchant, creator, activity, product };
}
export type Market = Awaited<ReturnType<typeof market>>;

export const apply = (m: Market, body: Record<string, unknown> = {}) =>
  call('POST', '/v1/enrollments', { key: m.merchant.key, body: { activityId: m.activity.id, productId: m.product.id, creatorRateBps: 2000, ...body } });

/** Applies and has the provider approve: an offer open to the roster. */
export async function approvedOffer(m: Market, body: Record<string, unknown> = {}) {
  const applied = await apply(m, body);
  if (applied.status !== 201) throw new Error(applied.text);
  const approved = await call('POST', `/v1/enrollments/${applied.body.id}/approve`, { key: m.provider.key });
  if (approved.status !== 200) throw new Error(approved.text);
  return approved.body;
}

export const onRoster = (m: Market, status: 'invited' | 'active' | 'declined' | 'removed' = 'active') =>
  insertRosterMember(db(), m.provider.org.id, m.creator.org.id, status);

/** Moves the Worker's clock for the requests that follow (reset after each test). */
export function atTime(now: number) {
  overrideServices((s) => ({ ...s, clock: { now: () => now } }));
}
afterEach(() => overrideServices(undefined));

/** The next UTC midnight after `t`: when a cut made at `t` takes effect. */
export const nextUtcMidnight = (t: number) => Math.floor(t / DAY) * DAY + DAY;
