import { roleRank, type Role } from '@xuanpin/core';
import type { Caller } from '../../env';
import { ApiError } from '../../lib/errors';

/**
 * How high a caller stands when managing members: a session user by their role; an API key like an admin,
 * so that a key can never hand out or take away ownership.
 */
function callerRank(caller: Caller): number {
  return roleRank(caller.via === 'session' && caller.role ? caller.role : 'admin');
}

/** 403 unless the caller may grant `role`: never above their own; owner only by an owner. */
export function assertMayGrant(caller: Caller, role: Role) {
  if (roleRank(role) <= callerRank(caller)) return;
  throw new ApiError(
    'forbidden',
    role === 'owner' ? 'Only an owner can grant the owner role.' : `You cannot grant a role above your own (${caller.role}).`,
    { path: 'role' },
  );
}

/** 403 when the member to change or remove stands above the caller (an admin cannot demote an owner). */
export function assertMayManage(caller: Caller, memberRole: Role) {
  if (roleRank(memberRole) <= callerRank(caller)) return;
  throw new ApiError('forbidden', `Only an ${memberRole} can change or remove an ${memberRole}.`);
}

export const lastOwner = (orgName: string) =>
  new ApiError('conflict', `This member is the last owner of ${orgName}; make someone else owner first.`);
