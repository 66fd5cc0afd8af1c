import { eq, or, type SQL } from 'drizzle-orm';
import { commissionLines, orders } from '@xuanpin/db';
import type { Caller } from '../../env';

/**
 * THE rule of who sees an order through the API: its merchant, the creator it is attributed to, its provider and
 * second-level provider, and the platform (a party to every order through its fee). Anyone else gets the 404 of an
 * unknown id. An organization has one kind, so the condition names one column (and its index) per kind.
 */
export function ordersVisibleTo(caller: Pick<Caller, 'orgId' | 'orgKind'>): SQL | undefined {
  switch (caller.orgKind) {
    case 'merchant':
      return eq(orders.merchantOrgId, caller.orgId);
    case 'creator':
      return eq(orders.creatorOrgId, caller.orgId);
    case 'provider':
      return or(eq(orders.providerOrgId, caller.orgId), eq(orders.secondProviderOrgId, caller.orgId));
    case 'platform':
      return undefined;
  }
}

/** Which commission lines of a visible order the caller sees: all for the merchant and the platform, else its own. */
export function commissionsVisibleTo(caller: Pick<Caller, 'orgId' | 'orgKind'>): SQL | undefined {
  return caller.orgKind === 'merchant' || caller.orgKind === 'platform' ? undefined : eq(commissionLines.orgId, caller.orgId);
}
