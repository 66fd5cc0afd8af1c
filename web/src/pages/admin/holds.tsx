import { HOLD_REASONS, type HoldReason } from '@xuanpin/core/fraud';
import { useState } from 'preact/hooks';
import { holds, type Hold } from '../../api/money';
import { ActionDialog } from '../../components/action-dialog';
import { FilterTabs } from '../../components/filter-tabs';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { PagedList } from '../../components/paged-list';
import { StatusBadge } from '../../components/status-badge';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { formatMoney } from '../../lib/money';
import { useCursorPages } from '../../lib/paging';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';
import { Money, useMoneyLabels } from '../orders/labels';
import '../orders/orders.css';

/**
 * The platform's review of fraud holds (GET /v1/admin/holds): orders whose commission a rule held (self-purchase,
 * brushing, bot click). A held line never becomes payable; releasing it needs a written reason, which is audited.
 */
export function Holds() {
  useTitle('holds.title');
  const { t, formatDateTime } = useI18n();
  const { activeOrg } = useSession();
  const toast = useToast();
  const canWrite = useCanWrite();
  const labels = useMoneyLabels();
  const pages = useCursorPages();
  const [reason, setReason] = useState<'all' | HoldReason>('all');
  const [releasing, setReleasing] = useState<Hold | null>(null);
  const list = useResource(() => holds.list(reason === 'all' ? undefined : reason, pages.cursor), [activeOrg?.id, reason, pages.cursor]);

  return (
    <>
      <PageHeader title={t('holds.title')} subtitle={t('holds.subtitle')} />
      <Card>
        <div class="filters-row">
          <FilterTabs
            label={t('holds.reason')}
            value={reason}
            onValue={(next) => {
              setReason(next);
              pages.reset();
            }}
            options={[{ value: 'all', label: t('orders.all') }, ...HOLD_REASONS.map((r) => ({ value: r, label: labels.hold(r) }))]}
          />
        </div>
      </Card>
      <Card title={t('holds.title')}>
        <PagedList list={list} pages={pages} emptyIcon="shield" empty={t('holds.empty')}>
          {(rows) => (
            <table class="table" data-testid="holds">
              <thead>
                <tr>
                  <th scope="col">{t('orders.order')}</th>
                  <th scope="col">{t('holds.reason')}</th>
                  <th scope="col" class="cell-num">
                    {t('orders.total')}
                  </th>
                  <th scope="col" class="cell-num">
                    {t('holds.held')}
                  </th>
                  <th scope="col">
                    <span class="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((h) => (
                  <tr key={h.id} data-testid="hold-row">
                    <td data-label={t('orders.order')}>
                      <span class="cell-strong">{h.externalId}</span>
                      <span class="cell-sub">{t('holds.parties', { merchant: h.merchantName, creator: h.creatorName ?? '—' })}</span>
                      <span class="cell-sub">{formatDateTime(h.placedAt)}</span>
                    </td>
                    <td data-label={t('holds.reason')}>{h.holdReason && <StatusBadge tone="danger" label={labels.hold(h.holdReason)} />}</td>
                    <td data-label={t('orders.total')} class="cell-num">
                      <Money amount={h.total} currency={h.currency} />
                    </td>
                    <td data-label={t('holds.held')} class="cell-num">
                      <Money amount={h.heldAmount} currency={h.currency} testId="held-amount" />
                    </td>
                    <td class="cell-actions">
                      {canWrite && (
                        <button type="button" class="btn btn-secondary btn-sm" onClick={() => setReleasing(h)}>
                          {t('holds.release')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </PagedList>
      </Card>
      {releasing && (
        <ActionDialog
          title={t('holds.releaseTitle', { order: releasing.externalId })}
          confirmLabel={t('holds.release')}
          tone="primary"
          reason={{ label: t('holds.releaseReason'), hint: t('holds.releaseHint'), minLength: 3, maxLength: 500 }}
          action={(text) => holds.release(releasing.id, text)}
          onDone={() => {
            toast(t('holds.released', { order: releasing.externalId }));
            setReleasing(null);
            void list.reload();
          }}
          onCancel={() => setReleasing(null)}
        >
          <p>{t('holds.releaseBody', { reason: releasing.holdReason ? labels.hold(releasing.holdReason) : '—', amount: formatMoney(releasing.heldAmount, releasing.currency) })}</p>
        </ActionDialog>
      )}
    </>
  );
}
