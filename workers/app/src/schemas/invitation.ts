import * as v from 'valibot';
import { Page, Role, Timestamp } from './common';
import { Email } from './session-state';

export const NewInvitation = v.pipe(v.strictObject({ email: Email, role: Role }), v.metadata({ ref: 'NewInvitation' }));

const fields = { id: v.string(), email: v.string(), role: Role, createdAt: Timestamp, expiresAt: Timestamp };

export const Invitation = v.pipe(
  v.object({ ...fields, status: v.picklist(['pending', 'accepted', 'revoked', 'expired']) }),
  v.metadata({ ref: 'Invitation' }),
);
export const InvitationPage = Page(Invitation, 'InvitationPage');

/** The answer to creating an invitation: the only time the token is ever shown. */
export const CreatedInvitation = v.pipe(
  v.object({
    ...fields,
    token: v.string(),
    acceptUrl: v.pipe(v.string(), v.description('Relative link for the invitee: `/accept-invitation?token=…`.')),
  }),
  v.metadata({ ref: 'CreatedInvitation' }),
);

export const AcceptInvitation = v.pipe(
  v.strictObject({ token: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
  v.metadata({ ref: 'AcceptInvitation' }),
);
