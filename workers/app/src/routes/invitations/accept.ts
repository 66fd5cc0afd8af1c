import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { doc, jsonBody } from '../../lib/route';
import { AcceptInvitation } from '../../schemas/invitation';
import { SessionState } from '../../schemas/session-state';
import { acceptInvitation } from '../../services/invitations/accept';
import { authContext, csrf, ensureCsrf, replyState, requireSession } from '../auth/session-cookie';

export const route = new Hono<AppEnv>().post(
  '/auth/invitations/accept',
  doc({
    operationId: 'acceptInvitation',
    summary: 'Accept an invitation',
    description:
      'Joins the organization that invited your email and switches to it. Unknown, expired, revoked, used and ' +
      "other people's invitations all answer 404.",
    tags: ['Auth'],
    auth: 'session',
    responses: { 200: { description: 'Joined and switched', schema: SessionState } },
    errors: [400, 403, 404, 409],
  }),
  csrf,
  jsonBody(AcceptInvitation),
  async (c) => {
    const session = await requireSession(c);
    const orgId = await acceptInvitation({
      ctx: authContext(c),
      input: { token: c.req.valid('json').token, sessionId: session.sessionId, userId: session.userId, email: session.email },
    });
    return replyState(c, session.userId, orgId, ensureCsrf(c));
  },
);
