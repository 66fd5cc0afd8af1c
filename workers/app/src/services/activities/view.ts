import type { Activity } from '@xuanpin/db';

/** The API shape of an activity for its provider. */
export function toActivity(row: Activity, targetCreatorIds: string[]) {
  const { orgId, ...rest } = row;
  return { ...rest, providerOrgId: orgId, targetCreatorIds };
}

/** The API shape of an activity for browsing merchants: no target list. */
export function toMarketplaceActivity(row: Activity, providerName: string) {
  const { orgId, ...rest } = row;
  return { ...rest, providerOrgId: orgId, providerName };
}
