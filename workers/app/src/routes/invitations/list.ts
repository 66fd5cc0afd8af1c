import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { PageQuery } from '../../schemas/common';
import { InvitationPage } from '../../schemas/invitation';
import { listInvitations } from '../../services/invitations/list';

export const route = new Hono<AppEnv>().get(
  '/v1/invitations',
  doc({
    operationId: 'listInvitations',
    summary: 'List invitations',
    description: "Your organization's invitations, oldest first, each with its status (pending, accepted, revoked, expired).",
    tags: ['Members'],
    auth: 'key',
    scope: 'members:read',
    responses: { 200: { description: 'A page of invitations', schema: InvitationPage } },
    errors: [400],
  }),
  requireScope('members:read'),
  query(PageQuery),
  async (c) => reply(c, InvitationPage, await listInvitations({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
