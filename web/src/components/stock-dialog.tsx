import { useMemo, useState } from 'preact/hooks';
import { api, unwrap } from '../api/client';
import type { Product } from '../api/supply-types';
import { useI18n } from '../i18n';
import { useFormErrors } from '../lib/form';
import { useAction } from '../lib/use-resource';
import { ConfirmDialog } from './dialog';
import { FormError } from './feedback';
import { SelectField, TextField } from './field';
import { AmountField } from './inputs';
import { useToast } from './toast';

const WHOLE = /^[+-]?\d{1,10}$/;

/**
 * Adds or removes stock on one SKU of a product, with a reason that is kept with the move. The idempotency key is
 * made once per opening, so a double click or a retry after a lost answer moves the stock once.
 */
export function StockDialog({ product, skuId, onDone, onCancel }: { product: Product; skuId?: string; onDone(): void; onCancel(): void }) {
  const { t } = useI18n();
  const toast = useToast();
  const [sku, setSku] = useState(skuId ?? product.skus[0]?.id ?? '');
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const idempotencyKey = useMemo(() => crypto.randomUUID(), []);
  const current = product.skus.find((s) => s.id === sku);

  const adjust = useAction(async () => {
    const level = await unwrap(
      api.v1.skus[':id']['stock-adjustments'].$post({ param: { id: sku }, json: { delta: Number(delta.replace('+', '')), reason: reason.trim(), idempotencyKey } }),
    );
    toast(t('stock.done', { code: current?.code ?? '', stock: level.stock }));
    onDone();
  });
  const form = useFormErrors(adjust, { delta: 'delta', reason: 'reason' }, t);

  const submit = () => {
    const n = WHOLE.test(delta.trim()) ? Number(delta.trim().replace('+', '')) : NaN;
    const ok = form.check({
      delta: (!Number.isInteger(n) || n === 0) ? t('stock.deltaInvalid') : current && current.stock + n < 0 ? t('stock.belowZero', { stock: current.stock }) : undefined,
      reason: !reason.trim() && t('validation.required'),
    });
    if (ok) void adjust.run();
  };

  const after = current && WHOLE.test(delta.trim()) ? current.stock + Number(delta.trim().replace('+', '')) : null;

  return (
    <ConfirmDialog title={t('stock.title', { title: product.title })} confirmLabel={t('stock.submit')} tone="primary" pending={adjust.pending} onConfirm={submit} onCancel={onCancel}>
      <FormError message={form.formError} />
      {product.skus.length > 1 && (
        <SelectField
          label={t('stock.sku')}
          name="sku"
          value={sku}
          onValue={setSku}
          options={product.skus.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))}
        />
      )}
      <p class="stock-now">
        {t('stock.current', { code: current?.code ?? '', stock: current?.stock ?? 0 })}
        {after !== null && after >= 0 && <strong> → {after}</strong>}
      </p>
      <AmountField label={t('stock.delta')} name="delta" value={delta} onValue={form.bind('delta', setDelta)} error={form.errors.delta} hint={t('stock.deltaHint')} placeholder="+10" signed />
      <TextField label={t('stock.reason')} name="reason" value={reason} onValue={form.bind('reason', setReason)} error={form.errors.reason} placeholder={t('stock.reasonPlaceholder')} maxLength={200} />
    </ConfirmDialog>
  );
}
