import { count, eq } from 'drizzle-orm';
import { apiKeys, auditLog } from '@xuanpin/db';
import { db } from '../../../test/security';

/** How many keys an organization has: rejected writes must leave it unchanged. */
export async function countKeys(orgId: string): Promise<number> {
  const [row] = await db().select({ n: count() }).from(apiKeys).where(eq(apiKeys.orgId, orgId));
  return row.n;
}

export async function keyRow(id: string) {
  const [row] = await db().select().from(apiKeys).where(eq(apiKeys.id, id));
  return row;
}

export async function auditOf(orgId: string) {
  return db().select().from(auditLog).where(eq(auditLog.orgId, orgId));
}
