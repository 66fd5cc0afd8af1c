import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query, reply } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { PageQuery } from '../../schemas/common';
import { MemberPage } from '../../schemas/member';
import { listMembers } from '../../services/members/list';

export const route = new Hono<AppEnv>().get(
  '/v1/members',
  doc({
    operationId: 'listMembers',
    summary: 'List members',
    description: 'The people in your organization with their roles, oldest first.',
    tags: ['Members'],
    auth: 'key',
    scope: 'members:read',
    responses: { 200: { description: 'A page of members', schema: MemberPage } },
    errors: [400],
  }),
  requireScope('members:read'),
  query(PageQuery),
  async (c) => reply(c, MemberPage, await listMembers({ ctx: serviceContext(c), input: c.req.valid('query') })),
);
