import type { Database } from '@xuanpin/db';
import { createOrg } from '@xuanpin/db/test/factories';
import { addToRoster, createCreatorProfile } from '@xuanpin/db/test/creator-factories';

/** For `securityCases`: an unlisted creator visible to provider `orgId` only, through its roster. */
export async function rosterOnlyCreator({ db, orgId }: { db: Database; orgId: string }) {
  const creator = await createOrg(db, { kind: 'creator' });
  await createCreatorProfile(db, creator.id, { listed: false });
  await addToRoster(db, orgId, creator.id, 'active');
  return creator.id;
}
