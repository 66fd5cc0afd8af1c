import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { serviceContext } from '../../lib/context';
import { doc, query } from '../../lib/route';
import { requireScope } from '../../middleware/auth';
import { LinkCsvQuery } from '../../schemas/link';
import { CSV_COLUMNS, MAX_CSV_LINKS, linksCsv } from '../../services/links/csv';

/** The caller's links as a CSV file. */
export const route = new Hono<AppEnv>().get(
  '/v1/links.csv',
  doc({
    operationId: 'exportLinks',
    summary: 'Download your links as CSV',
    description:
      `For creators: your links (the same filters as the list: \`offerId\`, \`status\`, \`subId\`), newest first, at most ` +
      `${MAX_CSV_LINKS}. Columns: ${CSV_COLUMNS.map((c) => `\`${c}\``).join(', ')}. UTF-8 with a byte-order mark.`,
    tags: ['Links'],
    auth: 'key',
    scope: 'links:read',
    errors: [400],
    responses: { 200: { description: 'The CSV file (`text/csv`)' } },
  }),
  requireScope('links:read'),
  query(LinkCsvQuery),
  async (c) => {
    const csv = await linksCsv({ ctx: serviceContext(c), input: { ...c.req.valid('query'), origin: new URL(c.req.url).origin } });
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="links.csv"',
      'cache-control': 'no-store',
    });
  },
);
