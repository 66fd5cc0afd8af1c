import { isCurrency } from '@xuanpin/core/currency';
import { useMemo, useRef, useState } from 'preact/hooks';
import { orders, type OrderDetail } from '../../api/money';
import { ConfirmDialog } from '../../components/dialog';
import { FormError } from '../../components/feedback';
import { FilterTabs } from '../../components/filter-tabs';
import { AmountField, TextAreaField } from '../../components/inputs';
import { useI18n } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { formatMoney, parsePrice } from '../../lib/money';
import { useAction } from '../../lib/use-resource';

type Mode = 'full' | 'lines';

/** A refund id made once per dialog: retrying the same refund after a lost answer replays it instead of doubling it. */
function refundId(): string {
  return `web_${crypto.randomUUID()}`;
}

/**
 * Refund an order: everything that remains, or an amount per line typed in major units (parsed to minor units by
 * string arithmetic, never a float). Checked before sending (a number, at most what remains of the line); the
 * server's field errors (`lines[0].amount`) land under the line they name.
 */
export function RefundDialog({ order, onDone, onCancel }: { order: OrderDetail; onDone(): void; onCancel(): void }) {
  const { t } = useI18n();
  const externalId = useMemo(refundId, []);
  const [mode, setMode] = useState<Mode>('full');
  const [amounts, setAmounts] = useState<Record<number, string>>({});
  const [reason, setReason] = useState('');
  // The line numbers in the order they were sent, so `lines[i]` in a server error finds its field.
  const sent = useRef<number[]>([]);
  const open = order.lines.filter((l) => l.base - l.refunded > 0);
  const remaining = order.total - order.refunded;
  const currency = order.currency;

  const submit = useAction(async (lines?: { lineNo: number; amount: number }[]) => {
    await orders.refund(order.id, { externalId, ...(lines ? { lines } : {}), ...(reason.trim() ? { reason: reason.trim() } : {}) });
    onDone();
  });
  const paths: Record<string, string> = { reason: 'reason' };
  sent.current.forEach((lineNo, i) => {
    paths[`lines[${i}]`] = `line-${lineNo}`;
    paths[`lines[${i}].amount`] = `line-${lineNo}`;
  });
  const form = useFormErrors(submit, paths, t);

  const confirm = () => {
    if (mode === 'full') {
      sent.current = [];
      if (form.check({})) void submit.run();
      return;
    }
    const problems: Record<string, string | false> = {};
    const lines: { lineNo: number; amount: number }[] = [];
    for (const l of open) {
      const text = (amounts[l.lineNo] ?? '').trim();
      if (!text) continue;
      const amount = isCurrency(currency) ? parsePrice(text, currency) : null;
      const left = l.base - l.refunded;
      if (amount === null) problems[`line-${l.lineNo}`] = t('refund.amountInvalid');
      else if (amount > left) problems[`line-${l.lineNo}`] = t('refund.tooMuch', { amount: formatMoney(left, currency) });
      else lines.push({ lineNo: l.lineNo, amount });
    }
    if (lines.length === 0 && Object.keys(problems).length === 0) problems[`line-${open[0]?.lineNo ?? 1}`] = t('refund.noAmount');
    sent.current = lines.map((l) => l.lineNo);
    if (form.check(problems)) void submit.run(lines);
  };

  return (
    <ConfirmDialog title={t('refund.title', { order: order.externalId })} confirmLabel={t('refund.submit')} pending={submit.pending} onConfirm={confirm} onCancel={onCancel}>
      <p>{t('refund.remaining', { amount: formatMoney(remaining, currency) })}</p>
      <FilterTabs
        label={t('refund.mode')}
        value={mode}
        onValue={(next) => {
          setMode(next);
          form.check({});
        }}
        options={[
          { value: 'full', label: t('refund.full') },
          { value: 'lines', label: t('refund.byLine') },
        ]}
      />
      {mode === 'full' ? (
        <p class="card-help">{t('refund.fullHelp')}</p>
      ) : (
        <div class="refund-lines" data-testid="refund-lines">
          {open.map((l) => (
            <AmountField
              key={l.lineNo}
              label={t('refund.line', { line: l.lineNo, sku: l.skuId })}
              name={`line-${l.lineNo}`}
              value={amounts[l.lineNo] ?? ''}
              onValue={form.bind(`line-${l.lineNo}`, (v: string) => setAmounts((a) => ({ ...a, [l.lineNo]: v })))}
              error={form.errors[`line-${l.lineNo}`]}
              hint={t('refund.upTo', { amount: formatMoney(l.base - l.refunded, currency) })}
              prefix={currency}
              decimal
              optional
            />
          ))}
        </div>
      )}
      <TextAreaField label={t('refund.reason')} name="reason" value={reason} onValue={form.bind('reason', setReason)} error={form.errors.reason} optional maxLength={500} rows={2} />
      <FormError message={form.formError} />
    </ConfirmDialog>
  );
}
