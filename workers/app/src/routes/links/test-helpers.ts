import type { Database } from '@xuanpin/db';
import { createLink, createOpenOffer } from '@xuanpin/db/test/link-factories';

/** A link of `orgId` (a creator) for a fresh offer open to it; returns the link id. */
export async function linkOf(db: Database, orgId: string): Promise<string> {
  return (await createLink(db, orgId)).link.id;
}

/** A valid create body for `orgId`: an offer open to it. */
export async function createBody({ db, orgId }: { db: Database; orgId: string }) {
  return { offerId: (await createOpenOffer(db, orgId)).id };
}
