import { eq, sql, type SQL } from 'drizzle-orm';
import { sampleRequests } from '@xuanpin/db';
import type { Caller } from '../../env';

/**
 * Who may see a sample request: its creator, the merchant whose product it is, and the provider whose activity
 * it came through. Every read carries this in its WHERE clause; any other organization matches nothing.
 */
export function visibleTo(caller: Caller): SQL {
  switch (caller.orgKind) {
    case 'creator':
      return eq(sampleRequests.creatorOrgId, caller.orgId);
    case 'merchant':
      return eq(sampleRequests.merchantOrgId, caller.orgId);
    case 'provider':
      return eq(sampleRequests.providerOrgId, caller.orgId);
    default:
      return sql`0`;
  }
}
