import type { Invitation } from '@xuanpin/db';

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export function invitationStatus(inv: Pick<Invitation, 'acceptedAt' | 'revokedAt' | 'expiresAt'>, now: number): InvitationStatus {
  if (inv.acceptedAt !== null) return 'accepted';
  if (inv.revokedAt !== null) return 'revoked';
  return inv.expiresAt <= now ? 'expired' : 'pending';
}

/** Invitations can be accepted for this long. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
