/** Cuts one extra row off a `limit + 1` query: the page, and the cursor (last id) when more rows follow. */
export function toPage<T extends { id: string }>(rows: T[], limit: number) {
  const data = rows.slice(0, limit);
  return { data, nextCursor: rows.length > limit ? data[data.length - 1].id : null };
}
