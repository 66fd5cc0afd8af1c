import type { Database } from '@xuanpin/db';
import { createOffer, insertRosterMember } from '@xuanpin/db/test/marketplace-factories';

/** An approved offer open to `creatorOrgId` through an active roster membership; returns the enrollment id. */
export async function offerOpenTo(db: Database, creatorOrgId: string): Promise<string> {
  const offer = await createOffer(db);
  await insertRosterMember(db, offer.providerOrgId, creatorOrgId, 'active');
  return offer.enrollment.id;
}
