import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { doc, jsonBody } from '../../lib/route';
import { NewOrganization } from '../../schemas/organization';
import { SessionState } from '../../schemas/session-state';
import { createOrganization } from '../../services/organizations/create';
import { authContext, csrf, ensureCsrf, replyState, requireSession } from './session-cookie';

export const route = new Hono<AppEnv>().post(
  '/auth/organizations',
  doc({
    operationId: 'createOrganization',
    summary: 'Create an organization',
    description: 'Creates another organization with you as its owner and switches to it.',
    tags: ['Auth'],
    auth: 'session',
    responses: { 201: { description: 'Created and switched to', schema: SessionState } },
    errors: [400, 403],
  }),
  csrf,
  jsonBody(NewOrganization),
  async (c) => {
    const session = await requireSession(c);
    const org = await createOrganization({
      ctx: authContext(c),
      input: { ...c.req.valid('json'), sessionId: session.sessionId, userId: session.userId, locale: session.locale },
    });
    return replyState(c, session.userId, org.id, ensureCsrf(c), 201);
  },
);
