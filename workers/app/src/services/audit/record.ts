import { newId } from '@xuanpin/core';
import { auditLog } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { AuthContext } from '../sessions/context';

export type AuditAction =
  | 'user.signed_up'
  | 'user.signed_in'
  | 'organization.created'
  | 'organization.updated'
  | 'member.added'
  | 'member.role_changed'
  | 'member.removed'
  | 'invitation.created'
  | 'invitation.revoked'
  | 'invitation.accepted'
  | 'api_key.created'
  | 'api_key.rotated'
  | 'api_key.revoked'
  | 'order.hold_released'
  | 'order.reattributed';

export interface AuditInput {
  orgId: string;
  /** `usr_…` or `key_…` */
  actorId: string | null;
  action: AuditAction;
  targetId?: string | null;
  data?: Record<string, unknown>;
  /** A pre-made id, for callers that may need to delete the entry when a later guard fails. */
  id?: string;
}

/** The caller's organization and identity as audit fields, for verbs running on behalf of a /v1 caller. */
export const byCaller = (ctx: ServiceContext) => ({ orgId: ctx.caller.orgId, actorId: ctx.caller.actorId });

/**
 * The insert of one audit entry. Not awaited here: callers put it in the same `db.batch` as the change it
 * records, so both land or neither does.
 */
export function auditInsert(ctx: AuthContext, entry: AuditInput) {
  return ctx.db.insert(auditLog).values({
    id: entry.id ?? newId('audit', ctx.now),
    orgId: entry.orgId,
    actorId: entry.actorId,
    action: entry.action,
    targetId: entry.targetId ?? null,
    data: entry.data ?? null,
    requestId: ctx.requestId,
    createdAt: ctx.now,
  });
}
