import { Hono } from 'hono';
import * as v from 'valibot';
import { eq } from 'drizzle-orm';
import { organizations } from '@xuanpin/db';
import type { AppEnv } from '../../env';
import { doc, reply } from '../../lib/route';
import { OrgKind, Role, ScopeSchema } from '../../schemas/common';

export const Me = v.pipe(
  v.object({
    organization: v.object({ id: v.string(), name: v.string(), slug: v.string(), kind: OrgKind }),
    via: v.picklist(['key', 'session']),
    actorId: v.string(),
    role: v.optional(Role),
    scopes: v.array(ScopeSchema),
  }),
  v.metadata({ ref: 'Me' }),
);

/** Who am I: the organization, actor and scopes behind the credentials. Useful to check a key. */
export const route = new Hono<AppEnv>().get(
  '/v1/me',
  doc({
    operationId: 'getMe',
    summary: 'Who am I',
    description: 'The organization, actor and scopes behind the credentials sent. Needs no particular scope.',
    tags: ['Organization'],
    auth: 'key',
    responses: { 200: { description: 'The caller', schema: Me } },
  }),
  async (c) => {
    const caller = c.var.caller;
    const [org] = await c.var.services.db
      .select({ id: organizations.id, name: organizations.name, slug: organizations.slug, kind: organizations.kind })
      .from(organizations)
      .where(eq(organizations.id, caller.orgId));
    return reply(c, Me, {
      organization: org,
      via: caller.via,
      actorId: caller.actorId,
      ...(caller.role ? { role: caller.role } : {}),
      scopes: [...caller.scopes],
    });
  },
);
