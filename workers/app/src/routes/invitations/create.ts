import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { CreatedInvitation, NewInvitation } from '../../schemas/invitation';
import { createInvitation } from '../../services/invitations/create';

export const route = new Hono<AppEnv>().post(
  '/v1/invitations',
  doc({
    operationId: 'createInvitation',
    summary: 'Invite someone',
    description:
      'Invites an email with a role (never above your own). The answer carries the token and `acceptUrl` once; only a ' +
      'hash is kept. It expires after 7 days; inviting the same email again revokes the previous invitation.',
    tags: ['Members'],
    auth: 'key',
    scope: 'members:write',
    responses: { 201: { description: 'The invitation, with its token shown this once', schema: CreatedInvitation } },
    errors: [400, 409],
  }),
  requireScope('members:write'),
  jsonBody(NewInvitation),
  async (c) => reply(c, CreatedInvitation, await createInvitation({ ctx: serviceContext(c), input: c.req.valid('json') }), 201),
);
