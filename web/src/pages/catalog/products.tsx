import { useState } from 'preact/hooks';
import { api, unwrap } from '../../api/client';
import type { Product, ProductStatus } from '../../api/supply-types';
import { CategorySelect } from '../../components/category-select';
import { EmptyState, ErrorNotice, SkeletonRows } from '../../components/feedback';
import { SelectField } from '../../components/field';
import { Icon } from '../../components/icon';
import { AmountField } from '../../components/inputs';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { Pager } from '../../components/pager';
import { STATUS_TONE, StatusBadge } from '../../components/status-badge';
import { StockDialog } from '../../components/stock-dialog';
import { useI18n, useTitle } from '../../i18n';
import { categoryPath } from '../../lib/categories';
import { formatBps, formatMoney } from '../../lib/money';
import { useCursorPages } from '../../lib/paging';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

const STATUSES = ['draft', 'active', 'paused', 'archived'] as const;
const PAGE_SIZE = 20;

interface Filters {
  q: string;
  status: '' | ProductStatus;
  category: string;
  stockBelow: string;
}

/** "CNY 98.00 – 128.00" across a product's SKUs, per currency (a product may price SKUs in several). */
export function priceRange(product: Product): string {
  const byCurrency = new Map<string, number[]>();
  for (const s of product.skus) byCurrency.set(s.currency, [...(byCurrency.get(s.currency) ?? []), s.price]);
  return [...byCurrency]
    .map(([currency, prices]) => {
      const lo = Math.min(...prices);
      const hi = Math.max(...prices);
      return lo === hi ? formatMoney(lo, currency) : `${formatMoney(lo, currency)} – ${formatMoney(hi, currency).replace(`${currency} `, '')}`;
    })
    .join(' · ');
}

/** The merchant's products: search, filters, cursor paging; each row opens the editor or adjusts stock. */
export function Products() {
  useTitle('catalog.title');
  const { t, locale, formatDate } = useI18n();
  const { activeOrg } = useSession();
  const canWrite = useCanWrite();
  const pages = useCursorPages();
  const [draft, setDraft] = useState<Filters>({ q: '', status: '', category: '', stockBelow: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [stockFor, setStockFor] = useState<Product | null>(null);
  const [stockError, setStockError] = useState<string | null>(null);

  const list = useResource(
    () =>
      unwrap(
        api.v1.products.$get({
          query: {
            limit: String(PAGE_SIZE),
            ...(pages.cursor ? { cursor: pages.cursor } : {}),
            ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
            ...(filters.status ? { status: filters.status } : {}),
            ...(filters.category ? { category: filters.category } : {}),
            ...(filters.stockBelow ? { stockBelow: filters.stockBelow } : {}),
          },
        }),
      ),
    [activeOrg?.id, pages.cursor, filters],
  );

  const apply = (next: Filters) => {
    setDraft(next);
    setFilters(next);
    pages.reset();
  };
  const onSearch = (e: Event) => {
    e.preventDefault();
    if (draft.stockBelow && !/^\d{1,10}$/.test(draft.stockBelow.trim())) {
      setStockError(t('catalog.stockBelowInvalid'));
      return;
    }
    setStockError(null);
    apply({ ...draft, stockBelow: draft.stockBelow.trim() });
  };
  const filtered = filters.q || filters.status || filters.category || filters.stockBelow;
  const rows = list.data?.data ?? [];
  const threshold = filters.stockBelow ? Number(filters.stockBelow) : null;

  return (
    <>
      <PageHeader
        title={t('catalog.title')}
        subtitle={t('catalog.subtitle')}
        actions={
          <>
            <a class="btn btn-secondary" href="/v1/exports/products.csv" download="products.csv" data-testid="export-csv">
              <Icon name="download" />
              {t('catalog.export')}
            </a>
            {canWrite && (
              <>
                <a class="btn btn-secondary" href="/catalog/import">
                  <Icon name="upload" />
                  {t('catalog.import')}
                </a>
                <a class="btn btn-primary" href="/catalog/new">
                  <Icon name="plus" />
                  {t('catalog.new')}
                </a>
              </>
            )}
          </>
        }
      />
      <Card>
        <form class="toolbar" role="search" onSubmit={onSearch}>
          <label class="search-box">
            <Icon name="search" class="search-icon" />
            <span class="visually-hidden">{t('catalog.search')}</span>
            <input
              class="input"
              type="search"
              name="q"
              placeholder={t('catalog.searchPlaceholder')}
              value={draft.q}
              onInput={(e) => setDraft({ ...draft, q: e.currentTarget.value })}
            />
          </label>
          <SelectField<'' | ProductStatus>
            label={t('catalog.status')}
            name="status"
            value={draft.status}
            onValue={(status) => apply({ ...draft, status })}
            options={[{ value: '', label: t('catalog.anyStatus') }, ...STATUSES.map((s) => ({ value: s, label: t(`productStatus.${s}`) }))]}
          />
          <CategorySelect label={t('catalog.category')} name="category" value={draft.category} emptyLabel={t('category.any')} onValue={(category) => apply({ ...draft, category })} />
          <AmountField
            label={t('catalog.stockBelow')}
            name="stockBelow"
            value={draft.stockBelow}
            onValue={(stockBelow) => setDraft({ ...draft, stockBelow })}
            error={stockError}
            placeholder="10"
          />
          <div class="toolbar-actions">
            <button type="submit" class="btn btn-primary">
              {t('common.search')}
            </button>
            {filtered && (
              <button type="button" class="btn btn-ghost" onClick={() => apply({ q: '', status: '', category: '', stockBelow: '' })}>
                {t('common.clearFilters')}
              </button>
            )}
          </div>
        </form>
      </Card>
      <Card>
        <ErrorNotice error={list.error} onRetry={list.reload} />
        {list.loading && !list.data ? (
          <SkeletonRows rows={5} />
        ) : rows.length === 0 ? (
          <EmptyState icon="box">
            {filtered ? t('catalog.noMatch') : t('catalog.empty')}
            {!filtered && canWrite && (
              <span class="empty-actions">
                <a class="btn btn-primary btn-sm" href="/catalog/new">
                  {t('catalog.new')}
                </a>
                <a class="btn btn-secondary btn-sm" href="/catalog/import">
                  {t('catalog.import')}
                </a>
              </span>
            )}
          </EmptyState>
        ) : (
          <table class="table" data-testid="products">
            <thead>
              <tr>
                <th scope="col">{t('catalog.product')}</th>
                <th scope="col">{t('catalog.status')}</th>
                <th scope="col">{t('catalog.price')}</th>
                <th scope="col">{t('catalog.stock')}</th>
                <th scope="col">{t('catalog.commission')}</th>
                <th scope="col">{t('catalog.updated')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => {
                const stock = p.skus.reduce((sum, s) => sum + s.stock, 0);
                const low = threshold !== null && p.skus.some((s) => s.stock < threshold);
                return (
                  <tr key={p.id}>
                    <td data-label={t('catalog.product')}>
                      <a class="cell-strong cell-link" href={`/catalog/${p.id}`}>
                        {p.title}
                      </a>
                      <span class="cell-sub">
                        {categoryPath(p.category, locale)} · {t('catalog.skuCount', { count: p.skus.length })}
                      </span>
                    </td>
                    <td data-label={t('catalog.status')}>
                      <StatusBadge tone={STATUS_TONE.product[p.status]} label={t(`productStatus.${p.status}`)} />
                    </td>
                    <td data-label={t('catalog.price')} class="cell-num">
                      {priceRange(p) || '—'}
                    </td>
                    <td data-label={t('catalog.stock')} class="cell-num">
                      <span class={low || stock === 0 ? 'stock-low' : undefined}>{stock}</span>
                    </td>
                    <td data-label={t('catalog.commission')} class="cell-num">
                      {formatBps(p.defaultCreatorRateBps)}
                    </td>
                    <td data-label={t('catalog.updated')}>{formatDate(p.updatedAt)}</td>
                    <td class="cell-actions">
                      <div class="row-actions">
                        <a class="btn btn-ghost btn-sm" href={`/catalog/${p.id}`}>
                          <Icon name="edit" size={16} />
                          {t('common.edit')}
                        </a>
                        {canWrite && p.status !== 'archived' && p.skus.length > 0 && (
                          <button type="button" class="btn btn-ghost btn-sm" onClick={() => setStockFor(p)}>
                            <Icon name="stack" size={16} />
                            {t('stock.adjust')}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        <Pager page={pages.page} hasPrevious={pages.hasPrevious} hasNext={!!list.data?.nextCursor} onPrevious={pages.previous} onNext={() => pages.next(list.data?.nextCursor)} busy={list.loading} />
      </Card>
      {stockFor && (
        <StockDialog
          product={stockFor}
          onCancel={() => setStockFor(null)}
          onDone={() => {
            setStockFor(null);
            void list.reload();
          }}
        />
      )}
    </>
  );
}
