import { useState } from 'preact/hooks';

/**
 * Cursor paging for a list: the cursors of the pages seen so far, so Back returns to the previous page exactly.
 * `reset()` goes back to the first page (a filter changed).
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const index = cursors.length - 1;
  return {
    cursor: cursors[index],
    page: index + 1,
    hasPrevious: index > 0,
    next(nextCursor: string | null | undefined) {
      if (nextCursor) setCursors((c) => [...c, nextCursor]);
    },
    previous() {
      setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c));
    },
    reset() {
      setCursors([undefined]);
    },
  };
}

/** A count of a first page of up to `limit` rows: "12", or "200+" when there are more. */
export function pageCount(page: { data: unknown[]; nextCursor: string | null } | undefined): string | null {
  if (!page) return null;
  return `${page.data.length}${page.nextCursor ? '+' : ''}`;
}
