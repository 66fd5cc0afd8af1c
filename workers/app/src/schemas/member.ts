import * as v from 'valibot';
import { Page, Role, Timestamp } from './common';

export const Member = v.pipe(
  v.object({ id: v.string(), userId: v.string(), name: v.string(), email: v.string(), role: Role, createdAt: Timestamp }),
  v.metadata({ ref: 'Member' }),
);
export const MemberPage = Page(Member, 'MemberPage');

export const MemberPatch = v.pipe(v.strictObject({ role: Role }), v.metadata({ ref: 'MemberPatch' }));
