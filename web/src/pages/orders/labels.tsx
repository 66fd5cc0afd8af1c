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
