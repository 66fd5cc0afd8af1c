import type { BulkLinkResult } from './types';

/** A cell a spreadsheet cannot run as a formula (as the API's own CSV does), quoted when it must be. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The run sheet of one bulk generation, failures included (the API's /v1/links.csv lists links, so it cannot
 * say which offers failed): UTF-8 with a byte-order mark so spreadsheets read Chinese and Japanese titles.
 */
export function bulkResultsCsv(results: BulkLinkResult[], titles: Map<string, string>, subId: string): Blob {
  const header = ['short_url', 'code', 'product', 'sub_id', 'offer_id', 'result', 'error'];
  const lines = results.map((r) =>
    [
      r.link?.shortUrl ?? '',
      r.link?.code ?? '',
      r.link?.productTitle ?? titles.get(r.offerId) ?? '',
      r.link?.subId ?? subId,
      r.offerId,
      r.result,
      r.error?.message ?? '',
    ]
      .map(cell)
      .join(','),
  );
  return new Blob([`\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}

/** Saves a blob as a file through a temporary object URL. */
export function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
