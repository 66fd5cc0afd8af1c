import { eq } from 'drizzle-orm';
import { newId } from '@xuanpin/core';
import type { Database } from '../client';
import { clicks, organizations, type Link } from '../schema';
import { createOrg } from './factories';

/** Test factories for orders: the platform organization and clicks of a link. */

/** The platform organization (the one that earns the platform fee); created once per database. */
export async function ensurePlatformOrg(db: Database) {
  const [existing] = await db.select().from(organizations).where(eq(organizations.kind, 'platform')).limit(1);
  return existing ?? (await createOrg(db, { kind: 'platform', name: 'Xuanpin platform' }));
}

/** A click on `link`, as the queue consumer would have stored it. */
export async function createClick(db: Database, link: Pick<Link, 'id' | 'creatorOrgId' | 'enrollmentId' | 'providerOrgId' | 'merchantOrgId'>, opts: { at?: number; bot?: boolean; identityHash?: string } = {}) {
  const at = opts.at ?? Date.now();
  const row = {
    id: newId('click', at),
    linkId: link.id,
    creatorOrgId: link.creatorOrgId,
    enrollmentId: link.enrollmentId,
    providerOrgId: link.providerOrgId,
    merchantOrgId: link.merchantOrgId,
    clickedAt: at,
    dedupeWindow: Math.floor(at / 3_600_000),
    identityHash: opts.identityHash ?? `ih-${newId('request', at)}`,
    referrer: null,
    country: null,
    bot: opts.bot ?? false,
    counted: !(opts.bot ?? false),
    ingest: 'test',
  };
  await db.insert(clicks).values(row);
  return row;
}
