import { and, desc, eq, lt } from 'drizzle-orm';
import { importJobs } from '@xuanpin/db';
import type { ServiceContext } from '../../env';

/** The caller's product imports, newest first, without their reports (read one import for its rejected rows). */
export async function listImports({ ctx, input }: { ctx: ServiceContext; input: { limit: number; cursor?: string } }) {
  const rows = await ctx.db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.orgId, ctx.caller.orgId), eq(importJobs.kind, 'products'), input.cursor ? lt(importJobs.id, input.cursor) : undefined))
    .orderBy(desc(importJobs.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    data: page.map(({ rejectedRows: _report, orgId: _org, kind: _kind, contentHash: _hash, ...job }) => job),
    nextCursor: rows.length > input.limit ? page[page.length - 1].id : null,
  };
}
