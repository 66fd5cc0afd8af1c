import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../env';
import { doc, jsonBody } from '../../lib/route';
import { Locale } from '../../schemas/common';
import { DisplayName, SessionState } from '../../schemas/session-state';
import { updateProfile } from '../../services/sessions/profile';
import { authContext, csrf, ensureCsrf, replyState, requireSession } from './session-cookie';

export const MePatch = v.pipe(v.strictObject({ name: v.optional(DisplayName), locale: v.optional(Locale) }), v.metadata({ ref: 'MePatch' }));

export const route = new Hono<AppEnv>().patch(
  '/auth/me',
  doc({
    operationId: 'updateMe',
    summary: 'Update your profile',
    description: 'Changes your display name or the language of your pages.',
    tags: ['Auth'],
    auth: 'session',
    responses: { 200: { description: 'Updated', schema: SessionState } },
    errors: [400, 403],
  }),
  csrf,
  jsonBody(MePatch),
  async (c) => {
    const session = await requireSession(c);
    await updateProfile({ ctx: authContext(c), input: { ...c.req.valid('json'), userId: session.userId } });
    return replyState(c, session.userId, session.activeOrg?.id ?? null, ensureCsrf(c));
  },
);
