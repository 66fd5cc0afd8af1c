import { Hono } from 'hono';
import * as v from 'valibot';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../../env';
import { doc, reply } from '../../lib/route';

const Health = v.object({ ok: v.boolean(), database: v.picklist(['up', 'down']) });

export const route = new Hono<AppEnv>().get(
  '/health',
  doc({
    operationId: 'getHealth',
    summary: 'Health check',
    tags: ['System'],
    auth: 'public',
    responses: { 200: { description: 'The Worker and its database answer', schema: Health } },
  }),
  async (c) => {
    let database: 'up' | 'down' = 'up';
    try {
      await c.var.services.db.run(sql`select 1`);
    } catch {
      database = 'down';
    }
    return reply(c, Health, { ok: database === 'up', database });
  },
);
