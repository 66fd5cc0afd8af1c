import * as v from 'valibot';
import { ROSTER_STATUSES } from '@xuanpin/db';
import { Page, PageQuery, Timestamp } from './common';

export const RosterStatusSchema = v.picklist(ROSTER_STATUSES);

/** A provider ↔ creator membership: invited → active or declined; invited or active → removed. */
export const RosterMember = v.pipe(
  v.object({
    id: v.string(),
    providerOrgId: v.string(),
    providerName: v.string(),
    creatorOrgId: v.string(),
    creatorName: v.string(),
    status: RosterStatusSchema,
    note: v.nullable(v.string()),
    invitedAt: Timestamp,
    respondedAt: v.nullable(Timestamp),
    removedAt: v.nullable(Timestamp),
    updatedAt: Timestamp,
  }),
  v.metadata({ ref: 'RosterMember' }),
);
export const RosterPage = Page(RosterMember, 'RosterPage');

export const InviteBody = v.pipe(
  v.strictObject({
    creatorOrgId: v.pipe(v.string(), v.maxLength(64)),
    note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500, 'note is at most 500 characters'))),
  }),
  v.metadata({ ref: 'InviteCreator' }),
);

export const RosterListQuery = v.strictObject({ ...PageQuery.entries, status: v.optional(RosterStatusSchema) });
