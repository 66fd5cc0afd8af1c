import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { clearSessionCookie, readSessionCookie } from '../../lib/cookies';
import { doc } from '../../lib/route';
import { endSession } from '../../services/sessions/create';
import { authContext, csrf } from './session-cookie';

export const route = new Hono<AppEnv>().post(
  '/auth/sign-out',
  doc({
    operationId: 'signOut',
    summary: 'Sign out',
    description: 'Ends the session (its row is deleted, not merely forgotten) and clears the cookie. Signed out already is fine.',
    tags: ['Auth'],
    auth: 'public',
    responses: { 204: { description: 'Signed out' } },
    errors: [403],
  }),
  csrf,
  async (c) => {
    const token = readSessionCookie(c);
    if (token) await (await endSession(authContext(c), token)).write;
    clearSessionCookie(c);
    return c.body(null, 204);
  },
);
