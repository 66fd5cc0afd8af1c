import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../env';
import { readSessionCookie } from '../../lib/cookies';
import { doc, jsonBody } from '../../lib/route';
import { Locale } from '../../schemas/common';
import { NewOrganization } from '../../schemas/organization';
import { DisplayName, Email, SessionState } from '../../schemas/session-state';
import { signUp } from '../../services/sessions/sign-up';
import { authContext, csrf, replyStarted } from './session-cookie';

export const Password = v.pipe(v.string(), v.minLength(10, 'must be at least 10 characters'), v.maxLength(200));

export const SignUpRequest = v.pipe(
  v.strictObject({
    email: Email,
    password: Password,
    name: DisplayName,
    locale: v.optional(Locale),
    organization: v.optional(NewOrganization),
    invitationToken: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  }),
  v.metadata({ ref: 'SignUpRequest' }),
);

export const route = new Hono<AppEnv>().post(
  '/auth/sign-up',
  doc({
    operationId: 'signUp',
    summary: 'Create an account',
    description:
      'Creates the user and either a new organization they own (`organization`) or the membership an invitation offers ' +
      '(`invitationToken`, for the same email) — exactly one of the two — and signs them in.',
    tags: ['Auth'],
    auth: 'public',
    responses: { 201: { description: 'Signed up and signed in', schema: SessionState } },
    errors: [400, 403, 404, 409],
  }),
  csrf,
  jsonBody(SignUpRequest),
  async (c) => {
    const input = c.req.valid('json');
    const started = await signUp({
      ctx: authContext(c),
      input: { ...input, previousToken: readSessionCookie(c), userAgent: c.req.header('user-agent') },
    });
    return replyStarted(c, started, 201);
  },
);
