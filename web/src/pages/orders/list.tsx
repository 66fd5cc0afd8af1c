import { useState } from 'preact/hooks';
import { orders, type AttributionOutcome, type Order, type OrderStatus } from '../../api/money';
import { FilterTabs } from '../../components/filter-tabs';
import { Icon } from '../../components/icon';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { PagedList } from '../../components/paged-list';
import { StatusBadge } from '../../components/status-badge';
import { useI18n, useTitle } from '../../i18n';
import { useCursorPages } from '../../lib/paging';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';
import { AttributionBadge, Money, OrderStatusBadge, useMoneyLabels } from './labels';
import './orders.css';

type StatusFilter = 'all' | OrderStatus;
type AttributionFilter = 'all' | AttributionOutcome;

/**
 * The orders a party can see (GET /v1/orders): a merchant all of its own, a creator those through its links, a
 * provider those of its activities. The merchant filters by attribution too (the others see attributed ones only).
 */
export function Orders() {
  useTitle('orders.title');
  const { t } = useI18n();
  const { activeOrg } = useSession();
  const merchant = activeOrg?.kind === 'merchant';
  const canWrite = useCanWrite();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [attribution, setAttribution] = useState<AttributionFilter>('all');
  const pages = useCursorPages();
  const list = useResource(
    () => orders.list({ status: status === 'all' ? undefined : status, attribution: attribution === 'all' ? undefined : attribution }, pages.cursor),
    [activeOrg?.id, status, attribution, pages.cursor],
  );
  const filtered = status !== 'all' || attribution !== 'all';

  return (
    <>
      <PageHeader
        title={t('orders.title')}
        subtitle={t(merchant ? 'orders.subtitle.merchant' : activeOrg?.kind === 'provider' ? 'orders.subtitle.provider' : 'orders.subtitle.creator')}
        actions={
          merchant ? (
            <>
              <a class="btn btn-secondary" href="/balance">
                <Icon name="wallet" />
                {t('nav.balance')}
              </a>
              {canWrite && (
                <a class="btn btn-primary" href="/orders/import">
                  <Icon name="upload" />
                  {t('orders.import')}
                </a>
              )}
            </>
          ) : (
            <a class="btn btn-secondary" href="/earnings">
              <Icon name="banknote" />
              {t('nav.earnings')}
            </a>
          )
        }
      />
      <Card>
        <div class="filters-row">
          <FilterTabs
            label={t('orders.status')}
            value={status}
            onValue={(next) => {
              setStatus(next);
              pages.reset();
            }}
            options={[
              { value: 'all', label: t('orders.all') },
              { value: 'paid', label: t('orderStatus.paid') },
              { value: 'confirmed', label: t('orderStatus.confirmed') },
              { value: 'cancelled', label: t('orderStatus.cancelled') },
            ]}
          />
          {merchant && (
            <FilterTabs
              label={t('orders.attribution')}
              value={attribution}
              onValue={(next) => {
                setAttribution(next);
                pages.reset();
              }}
              options={[
                { value: 'all', label: t('orders.anyAttribution') },
                { value: 'attributed', label: t('attribution.attributed') },
                { value: 'unattributed', label: t('attribution.unattributed') },
              ]}
            />
          )}
        </div>
      </Card>
      <Card title={t('orders.title')}>
        <PagedList
          list={list}
          pages={pages}
          emptyIcon="receipt"
          empty={
            <>
              {filtered ? t('orders.emptyFiltered') : t(merchant ? 'orders.empty.merchant' : 'orders.empty.party')}
              {filtered && (
                <span class="empty-actions">
                  <button
                    type="button"
                    class="btn btn-secondary btn-sm"
                    onClick={() => {
                      setStatus('all');
                      setAttribution('all');
                      pages.reset();
                    }}
                  >
                    {t('orders.clearFilters')}
                  </button>
                </span>
              )}
            </>
          }
        >
          {(rows) => <OrderTable rows={rows} />}
        </PagedList>
      </Card>
    </>
  );
}

export function OrderTable({ rows }: { rows: Order[] }) {
  const { t, formatDateTime } = useI18n();
  const labels = useMoneyLabels();
  return (
    <table class="table orders-table" data-testid="orders">
      <thead>
        <tr>
          <th scope="col">{t('orders.order')}</th>
          <th scope="col">{t('orders.attribution')}</th>
          <th scope="col">{t('orders.status')}</th>
          <th scope="col" class="cell-num">
            {t('orders.total')}
          </th>
          <th scope="col" class="cell-num">
            {t('orders.refunded')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((o) => (
          <tr key={o.id} data-testid="order-row" class={o.status === 'cancelled' ? 'row-muted' : undefined}>
            <td data-label={t('orders.order')}>
              <a class="cell-strong cell-link" href={`/orders/${o.id}`}>
                {o.externalId}
              </a>
              <span class="cell-sub">
                {formatDateTime(o.placedAt)} · {t(`orderSource.${o.source}`)}
              </span>
            </td>
            <td data-label={t('orders.attribution')}>
              <AttributionBadge order={o} />
            </td>
            <td data-label={t('orders.status')}>
              <span class="cell-badges cell-badges-inline">
                <OrderStatusBadge order={o} />
                {o.holdReason && <StatusBadge tone="danger" label={t('orders.held', { reason: labels.hold(o.holdReason) })} testId="order-hold" />}
              </span>
            </td>
            <td data-label={t('orders.total')} class="cell-num">
              <Money amount={o.total} currency={o.currency} testId="order-total" />
            </td>
            <td data-label={t('orders.refunded')} class="cell-num">
              {o.refunded > 0 ? <Money amount={o.refunded} currency={o.currency} testId="order-refunded" /> : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
