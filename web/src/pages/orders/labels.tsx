import { ATTRIBUTION_REASONS, type AttributionReason } from '@xuanpin/core/attribution';
import { HOLD_REASONS, type HoldReason } from '@xuanpin/core/fraud';
import type { CommissionLine, CommissionStatus, Order } from '../../api/money';
import { STATUS_TONE, StatusBadge } from '../../components/status-badge';
import { useI18n } from '../../i18n';
import { formatMoney } from '../../lib/money';

/** How the money pages name statuses, reasons and parts, in one place so the lists and the detail agree. */

const isAttributionReason = (code: string): code is AttributionReason => (ATTRIBUTION_REASONS as readonly string[]).includes(code);
const isHoldReason = (code: string): code is HoldReason => (HOLD_REASONS as readonly string[]).includes(code);

export function useMoneyLabels() {
  const { t } = useI18n();
  return {
    /** Why an order did or did not earn commission, in words (an unknown code, from a newer server, as is). */
    attribution: (code: string) => (isAttributionReason(code) ? t(`attributionReason.${code}`) : code),
    hold: (code: string) => (isHoldReason(code) ? t(`holdReason.${code}`) : code),
    part: (part: CommissionLine['part']) => t(`commissionPart.${part}`),
  };
}

export function OrderStatusBadge({ order }: { order: Pick<Order, 'status'> }) {
  const { t } = useI18n();
  return <StatusBadge tone={STATUS_TONE.order[order.status]} label={t(`orderStatus.${order.status}`)} testId="order-status" />;
}

export function CommissionStatusBadge({ status }: { status: CommissionStatus }) {
  const { t } = useI18n();
  return <StatusBadge tone={STATUS_TONE.commission[status]} label={t(`commissionStatus.${status}`)} testId="commission-status" />;
}

export function AttributionBadge({ order }: { order: Pick<Order, 'attribution' | 'attributionReason'> }) {
  const { t } = useI18n();
  const labels = useMoneyLabels();
  return (
    <span class="cell-badges cell-badges-inline">
      <StatusBadge tone={order.attribution === 'attributed' ? 'success' : 'neutral'} label={t(`attribution.${order.attribution}`)} />
      {order.attribution !== 'attributed' && <span class="cell-sub">{labels.attribution(order.attributionReason)}</span>}
    </span>
  );
}

/** A minor-unit amount in its currency, as an element whose `data-amount` keeps the exact integer for tests. */
export function Money({ amount, currency, testId }: { amount: number; currency: string; testId?: string }) {
  return (
    <span class="money" data-amount={amount} data-testid={testId}>
      {formatMoney(amount, currency)}
    </span>
  );
}

type CommissionCells = Pick<CommissionLine, 'status' | 'holdReason' | 'amount' | 'original' | 'currency'>;

/** A commission line's status cell: its status, and the hold (with its reason) when it is held. */
export function CommissionStatusCell({ c }: { c: CommissionCells }) {
  const { t } = useI18n();
  const labels = useMoneyLabels();
  return (
    <td data-label={t('commissions.status')}>
      <span class="cell-badges cell-badges-inline">
        <CommissionStatusBadge status={c.status} />
        {c.holdReason && <StatusBadge tone="danger" label={t('orders.held', { reason: labels.hold(c.holdReason) })} />}
      </span>
    </td>
  );
}

/** A commission line's amount cell: what it is now, and what it was when refunds reduced it. */
export function CommissionAmountCell({ c }: { c: CommissionCells }) {
  const { t } = useI18n();
  return (
    <td data-label={t('commissions.amount')} class="cell-num">
      <Money amount={c.amount} currency={c.currency} testId="commission-amount" />
      {c.original !== c.amount && <span class="cell-sub">{t('commissions.wasAmount', { amount: formatMoney(c.original, c.currency) })}</span>}
    </td>
  );
}
