import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { orders, type CommissionLine, type OrderDetail } from '../../api/money';
import { ActionDialog } from '../../components/action-dialog';
import { ErrorNotice, Loading, Notice } from '../../components/feedback';
import { Icon } from '../../components/icon';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { formatMoney } from '../../lib/money';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';
import { AttributionBadge, CommissionAmountCell, CommissionStatusCell, Money, OrderStatusBadge, useMoneyLabels } from './labels';
import { RefundDialog } from './refund-dialog';
import './orders.css';

type Acting = 'confirm' | 'refund' | 'cancel' | null;

/**
 * One order: its lines, its commission lines (a merchant sees every party's, the others their own), why it was or
 * was not attributed, and a fraud hold if any. The merchant confirms, refunds (in full or per line) and cancels.
 */
export function OrderPage() {
  useTitle('orders.detailTitle');
  const { params } = useRoute();
  const { t } = useI18n();
  const { activeOrg } = useSession();
  const toast = useToast();
  const canWrite = useCanWrite();
  const [acting, setActing] = useState<Acting>(null);
  const order = useResource(() => orders.get(params.id), [activeOrg?.id, params.id]);

  const back = (
    <a class="back-link" href="/orders">
      <Icon name="chevronLeft" size={16} />
      {t('orders.back')}
    </a>
  );
  if (order.error) {
    return (
      <>
        {back}
        <ErrorNotice error={order.error} onRetry={order.reload} />
      </>
    );
  }
  const o = order.data;
  if (!o) return <Loading />;

  const merchant = activeOrg?.kind === 'merchant' && canWrite;
  const remaining = o.total - o.refunded;
  // The order as it now is (amounts, statuses, commission lines) comes from the server, never computed here.
  const changed = (message: string) => {
    setActing(null);
    toast(message);
    void order.reload();
  };

  return (
    <>
      {back}
      <PageHeader
        title={t('orders.detailHeading', { order: o.externalId })}
        subtitle={<OrderStatusBadge order={o} />}
        actions={
          merchant &&
          o.status !== 'cancelled' && (
            <>
              {o.status === 'paid' && (
                <button type="button" class="btn btn-primary" onClick={() => setActing('confirm')} data-testid="order-confirm">
                  <Icon name="check" />
                  {t('orders.confirm')}
                </button>
              )}
              {remaining > 0 && (
                <button type="button" class="btn btn-secondary" onClick={() => setActing('refund')} data-testid="order-refund">
                  <Icon name="rotate" />
                  {t('orders.refund')}
                </button>
              )}
              <button type="button" class="btn btn-ghost btn-danger-text" onClick={() => setActing('cancel')} data-testid="order-cancel">
                {t('orders.cancel')}
              </button>
            </>
          )
        }
      />
      {o.holdReason && <HoldNotice reason={o.holdReason} />}
      <Summary order={o} />
      <Lines order={o} />
      <Commissions order={o} />
      {acting === 'confirm' && (
        <ActionDialog
          title={t('orders.confirmTitle', { order: o.externalId })}
          confirmLabel={t('orders.confirm')}
          tone="primary"
          action={() => orders.confirm(o.id)}
          onDone={() => changed(t('orders.confirmed', { order: o.externalId }))}
          onCancel={() => setActing(null)}
        >
          <p>{t('orders.confirmBody')}</p>
        </ActionDialog>
      )}
      {acting === 'cancel' && (
        <ActionDialog
          title={t('orders.cancelTitle', { order: o.externalId })}
          confirmLabel={t('orders.cancel')}
          reason={{ label: t('orders.cancelReason'), minLength: 0 }}
          action={(reason) => orders.cancel(o.id, reason || undefined)}
          onDone={() => changed(t('orders.cancelled', { order: o.externalId }))}
          onCancel={() => setActing(null)}
        >
          <p>{t('orders.cancelBody', { amount: formatMoney(remaining, o.currency) })}</p>
        </ActionDialog>
      )}
      {acting === 'refund' && <RefundDialog order={o} onDone={() => changed(t('refund.done', { order: o.externalId }))} onCancel={() => setActing(null)} />}
    </>
  );
}

function HoldNotice({ reason }: { reason: string }) {
  const { t } = useI18n();
  const labels = useMoneyLabels();
  return (
    <Notice tone="warning" title={t('orders.heldTitle')}>
      <p data-testid="order-hold-reason">{t('orders.heldBody', { reason: labels.hold(reason) })}</p>
    </Notice>
  );
}

function Summary({ order: o }: { order: OrderDetail }) {
  const { t, formatDateTime, formatDate } = useI18n();
  const labels = useMoneyLabels();
  return (
    <Card title={t('orders.summary')}>
      <dl class="facts">
        <div>
          <dt>{t('orders.total')}</dt>
          <dd class="fact-strong">
            <Money amount={o.total} currency={o.currency} testId="order-total" />
          </dd>
        </div>
        <div>
          <dt>{t('orders.refunded')}</dt>
          <dd class="fact-strong">
            <Money amount={o.refunded} currency={o.currency} testId="order-refunded" />
          </dd>
        </div>
        <div>
          <dt>{t('orders.placed')}</dt>
          <dd>{formatDateTime(o.placedAt)}</dd>
        </div>
        <div>
          <dt>{t('orders.source')}</dt>
          <dd>{t(`orderSource.${o.source}`)}</dd>
        </div>
        <div>
          <dt>{t('orders.confirmedAt')}</dt>
          <dd>{o.confirmedAt ? formatDateTime(o.confirmedAt) : t('orders.notYet')}</dd>
        </div>
        <div>
          <dt>{t('orders.lockAt')}</dt>
          <dd>{o.lockAt ? formatDate(o.lockAt) : t('orders.lockAfterConfirm')}</dd>
        </div>
        <div class="fact-wide">
          <dt>{t('orders.attribution')}</dt>
          <dd data-testid="order-attribution">
            <AttributionBadge order={o} />
            <span class="cell-sub">{labels.attribution(o.attributionReason)}</span>
          </dd>
        </div>
        {o.clickId && (
          <div>
            <dt>{t('orders.click')}</dt>
            <dd>
              <code class="key-start order-id">{o.clickId}</code>
            </dd>
          </div>
        )}
        {o.offerId && (
          <div>
            <dt>{t('orders.offer')}</dt>
            <dd>
              <code class="key-start order-id">{o.offerId}</code>
            </dd>
          </div>
        )}
      </dl>
    </Card>
  );
}

function Lines({ order: o }: { order: OrderDetail }) {
  const { t } = useI18n();
  const money = (n: number) => formatMoney(n, o.currency);
  // The lines carry ids only; a commission line names its product (the other lines' products have no title here).
  const titles = new Map(o.commissions.map((c) => [c.lineNo, c.productTitle]));
  return (
    <Card title={t('orders.lines')}>
      <table class="table table-compact" data-testid="order-lines">
        <thead>
          <tr>
            <th scope="col">{t('orders.line')}</th>
            <th scope="col" class="cell-num">
              {t('orders.quantity')}
            </th>
            <th scope="col" class="cell-num">
              {t('orders.unitPrice')}
            </th>
            <th scope="col" class="cell-num">
              {t('orders.discount')}
            </th>
            <th scope="col" class="cell-num">
              {t('orders.base')}
            </th>
            <th scope="col" class="cell-num">
              {t('orders.refunded')}
            </th>
          </tr>
        </thead>
        <tbody>
          {o.lines.map((l) => (
            <tr key={l.lineNo} data-testid="order-line">
              <td data-label={t('orders.line')}>
                <span class="cell-strong">#{l.lineNo}</span>
                {titles.get(l.lineNo) && <span class="cell-sub">{titles.get(l.lineNo)}</span>}
                <span class="cell-sub">
                  <code class="sku-code">{l.skuId}</code>
                </span>
                {!l.commissionable && <StatusBadge tone="muted" label={t('orders.noCommission')} />}
              </td>
              <td data-label={t('orders.quantity')} class="cell-num">
                {l.quantity}
              </td>
              <td data-label={t('orders.unitPrice')} class="cell-num">
                {money(l.unitPrice)}
              </td>
              <td data-label={t('orders.discount')} class="cell-num">
                {l.discount ? money(l.discount) : '—'}
              </td>
              <td data-label={t('orders.base')} class="cell-num">
                {money(l.base)}
              </td>
              <td data-label={t('orders.refunded')} class="cell-num">
                {l.refunded ? money(l.refunded) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** Line by line, each line's parts in the order the split reads: creator, providers, platform fees, merchant. */
function sorted(lines: CommissionLine[]): CommissionLine[] {
  const rank = (c: CommissionLine) => COMMISSION_ORDER.indexOf(c.part);
  return [...lines].sort((a, b) => a.lineNo - b.lineNo || rank(a) - rank(b) || a.id.localeCompare(b.id));
}

const COMMISSION_ORDER: CommissionLine['part'][] = ['creator', 'provider', 'second_provider', 'platform_creator_fee', 'platform_provider_fee', 'merchant'];

function Commissions({ order: o }: { order: OrderDetail }) {
  const { t } = useI18n();
  const { activeOrg } = useSession();
  const labels = useMoneyLabels();
  return (
    <Card title={t('orders.commissions')}>
      {o.commissions.length === 0 ? (
        <p class="card-help">{o.attribution === 'attributed' ? t('orders.noCommissionLines') : t('orders.unattributedNoCommission')}</p>
      ) : (
        <table class="table table-compact" data-testid="order-commissions">
          <thead>
            <tr>
              <th scope="col">{t('orders.line')}</th>
              <th scope="col">{t('commissions.part')}</th>
              <th scope="col">{t('commissions.status')}</th>
              <th scope="col" class="cell-num">
                {t('commissions.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted(o.commissions).map((c) => (
              <tr key={c.id} data-testid="commission-line" class={c.status === 'reversed' ? 'row-muted' : undefined}>
                <td data-label={t('orders.line')}>
                  <span class="cell-strong">#{c.lineNo}</span>
                  <span class="cell-sub">{c.productTitle}</span>
                </td>
                <td data-label={t('commissions.part')}>
                  <span class="cell-strong">{labels.part(c.part)}</span>
                  {c.orgId === activeOrg?.id && <span class="cell-sub">{t('common.you')}</span>}
                </td>
                <CommissionStatusCell c={c} />
                <CommissionAmountCell c={c} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
