import { desc } from 'drizzle-orm';
import { toCsv } from '@xuanpin/core/csv';
import { links } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { LinkFilters } from '../../schemas/link';
import { requireKind } from '../creators/kind';
import { linkFilters } from './list';
import { selectLinks, toLink } from './view';

export const CSV_COLUMNS = ['short_url', 'code', 'product', 'sub_id', 'offer_id', 'link_id', 'destination', 'destination_url', 'status', 'offer_open', 'created_at'] as const;
/** A download, not a page: past this many links, narrow the filters. */
export const MAX_CSV_LINKS = 10_000;

/**
 * A spreadsheet cell starting with = + - @ (or a tab/CR) is run as a formula by Excel; product titles come from
 * merchants, so such cells get a leading apostrophe (shown as text, not evaluated).
 */
const cell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The caller's links matching the filters as CSV (UTF-8 with a byte-order mark for Excel), newest first: what a
 * buyer pastes into a live-stream run sheet.
 */
export async function linksCsv({ ctx, input }: { ctx: ServiceContext; input: LinkFilters & { origin: string } }): Promise<string> {
  requireKind(ctx, 'creator');
  const rows = await selectLinks(ctx, linkFilters(input)).orderBy(desc(links.id)).limit(MAX_CSV_LINKS);
  const records = rows.map((row) => {
    const l = toLink(row, input.origin);
    return [l.shortUrl, l.code, l.productTitle, l.subId ?? '', l.offerId, l.id, l.destination, l.destinationUrl, l.status, String(l.offerOpen), new Date(l.createdAt).toISOString()];
  });
  return '\uFEFF' + toCsv([[...CSV_COLUMNS], ...records.map((r) => r.map(cell))]);
}
