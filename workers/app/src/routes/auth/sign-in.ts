import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../env';
import { readSessionCookie } from '../../lib/cookies';
import { ErrorBody } from '../../lib/errors';
import { doc, jsonBody } from '../../lib/route';
import { SessionState } from '../../schemas/session-state';
import { signIn } from '../../services/sessions/sign-in';
import { authContext, csrf, replyStarted } from './session-cookie';

export const SignInRequest = v.pipe(
  v.strictObject({ email: v.pipe(v.string(), v.maxLength(254)), password: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
  v.metadata({ ref: 'SignInRequest' }),
);

export const route = new Hono<AppEnv>().post(
  '/auth/sign-in',
  doc({
    operationId: 'signIn',
    summary: 'Sign in',
    description:
      'Checks email and password and starts a new session (any session the browser came with is ended) and a new ' +
      'CSRF token. Unknown email and wrong password answer the same 401.',
    tags: ['Auth'],
    auth: 'public',
    responses: {
      200: { description: 'Signed in', schema: SessionState },
      401: { description: 'Wrong email or password.', schema: ErrorBody },
      429: { description: 'Too many failed sign-ins for this email in 15 minutes.', schema: ErrorBody },
    },
    errors: [400, 403],
  }),
  csrf,
  jsonBody(SignInRequest),
  async (c) => {
    const { email, password } = c.req.valid('json');
    const started = await signIn({
      ctx: authContext(c),
      input: { email, password, previousToken: readSessionCookie(c), userAgent: c.req.header('user-agent') },
    });
    return replyStarted(c, started);
  },
);
