import { addMember, createTenant, createUser } from '@xuanpin/db/test/factories';
import type { Role } from '@xuanpin/core';
import { db } from '../../../test/security';
import { signedInBrowser } from '../auth/test-browser';

/** A tenant (owner + full key) with one more member per listed role, each able to open a signed-in browser. */
export async function team(...roles: Role[]) {
  const t = await createTenant(db());
  const members = [];
  for (const role of roles) {
    const user = await createUser(db());
    members.push({ user, membership: await addMember(db(), t.org.id, user.id, role) });
  }
  const browserOf = (userId: string) => signedInBrowser(userId, t.org.id);
  return { ...t, members, browserOf };
}
