import { useState } from 'preact/hooks';
import { api, unwrap } from '../../api/client';
import { PlanBadge } from '../../components/activity-facts';
import { CategorySelect } from '../../components/category-select';
import { EmptyState, ErrorNotice, SkeletonRows } from '../../components/feedback';
import { Icon } from '../../components/icon';
import { Card, PageHeader } from '../../components/page';
import { Pager } from '../../components/pager';
import { ProductImage } from '../../components/product-image';
import { useI18n, useTitle } from '../../i18n';
import { categoryName } from '../../lib/categories';
import { formatBps, formatMoney } from '../../lib/money';
import { useCursorPages } from '../../lib/paging';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

/** The offers open to the creator now (roster providers' activities, or ones naming them), as product cards. */
export function Offers() {
  useTitle('offers.title');
  const { t, locale } = useI18n();
  const { activeOrg } = useSession();
  const pages = useCursorPages();
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState({ q: '', category: '' });
  const list = useResource(
    () =>
      unwrap(
        api.v1.offers.$get({
          query: { limit: '24', ...(pages.cursor ? { cursor: pages.cursor } : {}), ...(filters.q ? { q: filters.q } : {}), ...(filters.category ? { category: filters.category } : {}) },
        }),
      ),
    [activeOrg?.id, pages.cursor, filters],
  );
  const apply = (next: typeof filters) => {
    setFilters(next);
    pages.reset();
  };
  const rows = list.data?.data ?? [];

  return (
    <>
      <PageHeader title={t('offers.title')} subtitle={t('offers.subtitle')} />
      <Card>
        <form
          class="toolbar"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            apply({ ...filters, q: q.trim() });
          }}
        >
          <label class="search-box">
            <Icon name="search" class="search-icon" />
            <span class="visually-hidden">{t('offers.search')}</span>
            <input class="input" type="search" name="q" placeholder={t('offers.searchPlaceholder')} value={q} onInput={(e) => setQ(e.currentTarget.value)} />
          </label>
          <CategorySelect label={t('catalog.category')} name="category" value={filters.category} emptyLabel={t('category.any')} onValue={(category) => apply({ ...filters, category })} />
          <div class="toolbar-actions">
            <button type="submit" class="btn btn-primary">
              {t('common.search')}
            </button>
          </div>
        </form>
      </Card>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? (
        <Card>
          <SkeletonRows rows={4} />
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <EmptyState icon="tag">
            {t('offers.empty')}
            <span class="empty-actions">
              <a class="btn btn-secondary btn-sm" href="/providers">
                {t('offers.seeInvitations')}
              </a>
              <a class="btn btn-secondary btn-sm" href="/profile">
                {t('offers.completeProfile')}
              </a>
            </span>
          </EmptyState>
        </Card>
      ) : (
        <ul class="card-grid card-grid-3 offer-grid" data-testid="offers">
          {rows.map((o) => (
            <li key={o.id} class="offer-card" data-testid="offer-card">
              <a class="offer-link" href={`/offers/${o.id}`}>
                <ProductImage src={o.images[0]} title={o.productTitle} />
                <span class="offer-rate" title={t('offers.commission')}>
                  {formatBps(o.creatorRateBps)}
                </span>
                <span class="offer-body">
                  <span class="offer-title">{o.productTitle}</span>
                  <span class="offer-meta">
                    {categoryName(o.category, locale)} · {o.providerName}
                  </span>
                  <span class="offer-foot">
                    <span class="offer-price">{o.minPrice ? t('offers.from', { price: formatMoney(o.minPrice.amount, o.minPrice.currency) }) : '—'}</span>
                    <span class="offer-badges">
                      <PlanBadge plan={o.planType} />
                      {o.samplePolicy !== 'none' && <span class="badge badge-tone-info">{t(`samplePolicy.${o.samplePolicy}`)}</span>}
                    </span>
                  </span>
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <Pager page={pages.page} hasPrevious={pages.hasPrevious} hasNext={!!list.data?.nextCursor} onPrevious={pages.previous} onNext={() => pages.next(list.data?.nextCursor)} busy={list.loading} />
    </>
  );
}
