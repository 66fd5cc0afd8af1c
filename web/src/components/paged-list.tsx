import type { ComponentChildren } from 'preact';
import type { useCursorPages } from '../lib/paging';
import type { Resource } from '../lib/use-resource';
import { EmptyState, ErrorNotice, SkeletonRows } from './feedback';
import type { IconName } from './icon';
import { Pager } from './pager';

/**
 * The body of a cursor-paged list, as every list page has it: its failure with a retry, skeleton rows while the
 * first page loads, an empty state (what to do next goes in `empty`), the rows, and previous / next.
 */
export function PagedList<T>({ list, pages, emptyIcon, empty, skeletonRows = 4, children }: {
  list: Resource<{ data: T[]; nextCursor: string | null }>;
  pages: ReturnType<typeof useCursorPages>;
  emptyIcon: IconName;
  empty: ComponentChildren;
  skeletonRows?: number;
  children(rows: T[]): ComponentChildren;
}) {
  const rows = list.data?.data ?? [];
  return (
    <>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? (
        <SkeletonRows rows={skeletonRows} />
      ) : !list.data ? null : rows.length === 0 ? (
        <EmptyState icon={emptyIcon}>{empty}</EmptyState>
      ) : (
        children(rows)
      )}
      <Pager page={pages.page} hasPrevious={pages.hasPrevious} hasNext={!!list.data?.nextCursor} onPrevious={pages.previous} onNext={() => pages.next(list.data?.nextCursor)} busy={list.loading} />
    </>
  );
}
