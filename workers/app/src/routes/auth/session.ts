import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { clearSessionCookie, readSessionCookie } from '../../lib/cookies';
import { doc, reply } from '../../lib/route';
import { SessionState } from '../../schemas/session-state';
import { currentSession, ensureCsrf, replyState } from './session-cookie';

/** Who is signed in here. Also hands out the CSRF token the browser's writes must echo. */
export const route = new Hono<AppEnv>().get(
  '/auth/session',
  doc({
    operationId: 'getSession',
    summary: 'The browser session',
    description:
      'The signed-in user, their organizations and the active one; `user` is null when signed out or the session has ' +
      'expired. Sets the `xp_csrf` cookie when missing and returns its value as `csrfToken`: send it as `X-CSRF-Token` ' +
      'on every write.',
    tags: ['Auth'],
    auth: 'public',
    responses: { 200: { description: 'The session state', schema: SessionState } },
  }),
  async (c) => {
    c.header('Cache-Control', 'no-store');
    const csrfToken = ensureCsrf(c);
    const session = await currentSession(c);
    if (session) return replyState(c, session.userId, session.activeOrg?.id ?? null, csrfToken);
    // A dead cookie is dropped so the browser stops sending it.
    if (readSessionCookie(c)) clearSessionCookie(c);
    return reply(c, SessionState, { user: null, organizations: [], activeOrgId: null, csrfToken });
  },
);
