import { useState } from 'preact/hooks';
import { commissions, orders, type CommissionStatus, type CommissionTotals } from '../../api/money';
import { EmptyState, ErrorNotice, SkeletonRows } from '../../components/feedback';
import { FilterTabs } from '../../components/filter-tabs';
import { Icon } from '../../components/icon';
import { Card, PageHeader } from '../../components/page';
import { PagedList } from '../../components/paged-list';
import { useI18n, useTitle } from '../../i18n';
import { useCursorPages } from '../../lib/paging';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';
import { CommissionAmountCell, CommissionStatusCell, Money, useMoneyLabels } from '../orders/labels';
import { OrderTable } from '../orders/list';
import '../orders/orders.css';

type LineFilter = 'all' | 'held' | Exclude<CommissionStatus, 'in_payout'>;
const FIGURES = ['pending', 'locked', 'payable', 'held', 'reversed'] as const;

/**
 * What a creator (commission) or a provider (service fees) earns: per currency the pending, locked, payable, held
 * and reversed totals (GET /v1/commissions/summary), its commission lines, and its latest orders.
 */
export function Earnings() {
  useTitle('earnings.title');
  const { t } = useI18n();
  const { activeOrg } = useSession();
  const provider = activeOrg?.kind === 'provider';
  const summary = useResource(() => commissions.summary(), [activeOrg?.id]);

  return (
    <>
      <PageHeader
        title={t('earnings.title')}
        subtitle={t(provider ? 'earnings.subtitle.provider' : 'earnings.subtitle.creator')}
        actions={
          <a class="btn btn-secondary" href="/orders">
            <Icon name="receipt" />
            {t('nav.orders')}
          </a>
        }
      />
      <ErrorNotice error={summary.error} onRetry={summary.reload} />
      {summary.loading && !summary.data ? (
        <Card>
          <SkeletonRows rows={2} />
        </Card>
      ) : summary.data && summary.data.data.length === 0 ? (
        <Card>
          <EmptyState icon="banknote">{t(provider ? 'earnings.empty.provider' : 'earnings.empty.creator')}</EmptyState>
        </Card>
      ) : (
        summary.data?.data.map((totals) => <CurrencyTotals key={totals.currency} totals={totals} />)
      )}
      <CommissionLines />
      <RecentOrders />
    </>
  );
}

/** One currency's figures; `data-testid="earnings-pending"` inside `earnings-<CUR>` is what the purchase test reads. */
function CurrencyTotals({ totals }: { totals: CommissionTotals }) {
  const { t } = useI18n();
  return (
    <Card title={t('earnings.inCurrency', { currency: totals.currency })} class="earnings-card">
      <dl class="stats earnings-figures" data-testid={`earnings-${totals.currency}`}>
        {FIGURES.map((k) => (
          <div key={k} class={`stat earnings-${k}`}>
            <dt>{t(`earnings.${k}`)}</dt>
            <dd>
              <Money amount={totals[k]} currency={totals.currency} testId={`earnings-${k}`} />
            </dd>
          </div>
        ))}
      </dl>
      <p class="card-help">{t('earnings.figuresHelp')}</p>
    </Card>
  );
}

function CommissionLines() {
  const { t, formatDate } = useI18n();
  const { activeOrg } = useSession();
  const labels = useMoneyLabels();
  const [filter, setFilter] = useState<LineFilter>('all');
  const pages = useCursorPages();
  const list = useResource(
    () => commissions.list(filter === 'all' ? {} : filter === 'held' ? { held: true } : { status: filter }, pages.cursor),
    [activeOrg?.id, filter, pages.cursor],
  );
  return (
    <Card title={t('earnings.lines')}>
      <div class="filters-row">
        <FilterTabs
          label={t('commissions.status')}
          value={filter}
          onValue={(next) => {
            setFilter(next);
            pages.reset();
          }}
          options={[
            { value: 'all', label: t('orders.all') },
            ...(['pending', 'locked', 'payable', 'paid', 'reversed'] as const).map((s) => ({ value: s, label: t(`commissionStatus.${s}`) })),
            { value: 'held', label: t('earnings.held') },
          ]}
        />
      </div>
      <PagedList list={list} pages={pages} emptyIcon="banknote" empty={filter === 'all' ? t('earnings.noLines') : t('earnings.noLinesFiltered')}>
        {(rows) => (
          <table class="table" data-testid="commission-lines">
            <thead>
              <tr>
                <th scope="col">{t('orders.order')}</th>
                <th scope="col">{t('earnings.product')}</th>
                <th scope="col">{t('commissions.status')}</th>
                <th scope="col" class="cell-num">
                  {t('commissions.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} data-testid="commission-row" class={c.status === 'reversed' ? 'row-muted' : undefined}>
                  <td data-label={t('orders.order')}>
                    <a class="cell-link cell-strong" href={`/orders/${c.orderId}`}>
                      {c.orderId}
                    </a>
                    <span class="cell-sub">{formatDate(c.createdAt)}</span>
                  </td>
                  <td data-label={t('earnings.product')}>
                    <span class="cell-wrap">{c.productTitle}</span>
                    <span class="cell-sub">{labels.part(c.part)}</span>
                  </td>
                  <CommissionStatusCell c={c} />
                  <CommissionAmountCell c={c} />
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedList>
    </Card>
  );
}

function RecentOrders() {
  const { t } = useI18n();
  const { activeOrg } = useSession();
  const list = useResource(() => orders.list({}), [activeOrg?.id]);
  const rows = list.data?.data.slice(0, 10) ?? [];
  return (
    <Card
      title={t('earnings.recentOrders')}
      actions={
        <a class="card-link" href="/orders">
          {t('earnings.allOrders')}
          <Icon name="arrowRight" size={16} />
        </a>
      }
    >
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? <SkeletonRows rows={3} /> : list.data && (rows.length === 0 ? <EmptyState icon="receipt">{t('orders.empty.party')}</EmptyState> : <OrderTable rows={rows} />)}
    </Card>
  );
}
