import { Hono } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../env';
import { doc, jsonBody } from '../../lib/route';
import { SessionState } from '../../schemas/session-state';
import { switchOrganization } from '../../services/sessions/profile';
import { authContext, csrf, ensureCsrf, replyState, requireSession } from './session-cookie';

export const SwitchOrgRequest = v.pipe(v.strictObject({ orgId: v.pipe(v.string(), v.maxLength(64)) }), v.metadata({ ref: 'SwitchOrgRequest' }));

export const route = new Hono<AppEnv>().post(
  '/auth/switch-org',
  doc({
    operationId: 'switchOrg',
    summary: 'Switch organization',
    description: 'Makes one of your organizations the active one for this session.',
    tags: ['Auth'],
    auth: 'session',
    responses: { 200: { description: 'Switched', schema: SessionState } },
    errors: [400, 403, 404],
  }),
  csrf,
  jsonBody(SwitchOrgRequest),
  async (c) => {
    const session = await requireSession(c);
    const { orgId } = c.req.valid('json');
    await switchOrganization({ ctx: authContext(c), input: { sessionId: session.sessionId, userId: session.userId, orgId } });
    return replyState(c, session.userId, orgId, ensureCsrf(c));
  },
);
