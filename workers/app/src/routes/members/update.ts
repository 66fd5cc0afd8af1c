import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, jsonBody, params, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { IdParam } from '../../schemas/common';
import { Member, MemberPatch } from '../../schemas/member';
import { changeRole } from '../../services/members/change';

export const route = new Hono<AppEnv>().patch(
  '/v1/members/:id',
  doc({
    operationId: 'updateMember',
    summary: "Change a member's role",
    description:
      'Nobody grants a role above their own, only owners grant or take away `owner` (API keys count as admins), and ' +
      'the last owner cannot be demoted (409).',
    tags: ['Members'],
    auth: 'key',
    scope: 'members:write',
    responses: { 200: { description: 'The member', schema: Member } },
    errors: [400, 404, 409],
  }),
  requireScope('members:write'),
  params(IdParam),
  jsonBody(MemberPatch),
  async (c) => {
    const { id } = c.req.valid('param');
    return reply(c, Member, await changeRole({ ctx: serviceContext(c), input: { id, role: c.req.valid('json').role } }));
  },
);
