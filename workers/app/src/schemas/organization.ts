import * as v from 'valibot';
import { Locale, OrgKind, Timestamp } from './common';
import { DisplayName } from './session-state';

/** The kinds a user can found themselves; platform organizations are made by the operator. */
export const SelfServeOrgKind = v.picklist(['merchant', 'provider', 'creator']);

export const NewOrganization = v.pipe(
  v.strictObject({ name: DisplayName, kind: SelfServeOrgKind }),
  v.metadata({ ref: 'NewOrganization' }),
);

export const Organization = v.pipe(
  v.object({ id: v.string(), name: v.string(), slug: v.string(), kind: OrgKind, locale: Locale, createdAt: Timestamp }),
  v.metadata({ ref: 'Organization' }),
);

export const OrganizationPatch = v.pipe(
  v.strictObject({ name: v.optional(DisplayName), locale: v.optional(Locale) }),
  v.metadata({ ref: 'OrganizationPatch' }),
);
