import { CURRENCIES, isCurrency, type Currency } from '@xuanpin/core/currency';
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ledger, type Balance } from '../../api/money';
import { EmptyState, ErrorNotice, FormError, Notice, SkeletonRows } from '../../components/feedback';
import { SelectField } from '../../components/field';
import { Icon } from '../../components/icon';
import { AmountField } from '../../components/inputs';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { useI18n, useTitle } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { formatMoney, parsePrice } from '../../lib/money';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';
import { Money } from './labels';
import './orders.css';

/**
 * A merchant's money with us (GET /v1/ledger/balances): per currency the balance that funds the commission of its
 * postback and CSV orders, and what hosted-checkout sales owe it. A balance below zero pauses its offers until a
 * top-up (a Stripe Checkout, POST /v1/balance/top-ups) brings it back.
 */
export function BalancePage() {
  useTitle('balance.title');
  const { t } = useI18n();
  const { activeOrg } = useSession();
  const { query } = useLocation();
  const canWrite = useCanWrite();
  const balances = useResource(() => ledger.balances(), [activeOrg?.id]);
  const rows = balances.data?.data ?? [];
  const funding = rows.filter((b) => b.account === 'merchant_balance');
  const negative = funding.filter((b) => b.balance < 0);
  const paused = !!balances.data?.fundingPausedAt || negative.length > 0;

  return (
    <>
      <PageHeader
        title={t('balance.title')}
        subtitle={t('balance.subtitle')}
        actions={
          <a class="btn btn-secondary" href="/orders">
            <Icon name="receipt" />
            {t('nav.orders')}
          </a>
        }
      />
      {query.top_up === 'paid' && (
        <Notice tone="success" title={t('balance.topUpReturned')}>
          <p>{t('balance.topUpReturnedHelp')}</p>
        </Notice>
      )}
      {query.top_up === 'cancelled' && (
        <Notice tone="info">
          <p>{t('balance.topUpCancelled')}</p>
        </Notice>
      )}
      {paused && (
        <div data-testid="funding-paused">
          <Notice tone="warning" title={t('balance.pausedTitle')}>
            <p>{negative.length > 0 ? t('balance.pausedBody', { amounts: negative.map((b) => formatMoney(b.balance, b.currency)).join(', ') }) : t('balance.pausedBodyPlain')}</p>
          </Notice>
        </div>
      )}
      <div class="split">
        <Card title={t('balance.balances')}>
          <ErrorNotice error={balances.error} onRetry={balances.reload} />
          {balances.loading && !balances.data ? (
            <SkeletonRows rows={2} />
          ) : balances.data && rows.length === 0 ? (
            <EmptyState icon="wallet">{t('balance.empty')}</EmptyState>
          ) : (
            balances.data && <BalanceTable rows={rows} />
          )}
          <p class="card-help">{t('balance.help')}</p>
        </Card>
        {canWrite && <TopUp suggested={negative[0]} />}
      </div>
    </>
  );
}

function BalanceTable({ rows }: { rows: Balance[] }) {
  const { t } = useI18n();
  return (
    <table class="table table-compact" data-testid="balances">
      <thead>
        <tr>
          <th scope="col">{t('balance.account')}</th>
          <th scope="col">{t('balance.currency')}</th>
          <th scope="col" class="cell-num">
            {t('balance.amount')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((b) => (
          <tr key={`${b.account}-${b.currency}`} data-testid={`balance-${b.account}-${b.currency}`}>
            <td data-label={t('balance.account')}>
              <span class="cell-strong">{t(`ledgerAccount.${b.account}`)}</span>
            </td>
            <td data-label={t('balance.currency')}>{b.currency}</td>
            <td data-label={t('balance.amount')} class={b.balance < 0 ? 'cell-num money-negative' : 'cell-num'}>
              <Money amount={b.balance} currency={b.currency} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The top-up form: an amount in major units, checked and converted here, then off to Stripe Checkout. */
function TopUp({ suggested }: { suggested?: Balance }) {
  const { t } = useI18n();
  const start: Currency = suggested && isCurrency(suggested.currency) ? suggested.currency : 'CNY';
  const [currency, setCurrency] = useState<Currency>(start);
  const [amount, setAmount] = useState('');
  // One key per amount and currency: resubmitting the same top-up reuses its Checkout Session.
  const attempt = useRef({ content: '', key: '' });
  const submit = useAction(async (minor: number) => {
    const content = `${minor} ${currency}`;
    if (attempt.current.content !== content) attempt.current = { content, key: `web_${crypto.randomUUID()}` };
    const session = await ledger.topUp(minor, currency, attempt.current.key);
    // Stripe's hosted page takes over; it brings the reader back to this page when the payment is done.
    window.location.assign(session.url);
    // Keep the button busy while the browser leaves.
    await new Promise(() => {});
  });
  const form = useFormErrors(submit, { amount: 'amount', currency: 'currency' }, t);
  return (
    <Card title={t('balance.topUp')}>
      <form
        class="form"
        noValidate
        data-testid="top-up"
        onSubmit={(e) => {
          e.preventDefault();
          const minor = parsePrice(amount, currency);
          if (form.check({ amount: !amount.trim() ? t('validation.required') : minor === null && t('balance.amountInvalid', { currency }) })) void submit.run(minor!);
        }}
      >
        <p class="card-help">{t('balance.topUpHelp')}</p>
        <div class="form-row form-row-halves">
          <SelectField<Currency> label={t('balance.currency')} name="currency" value={currency} onValue={form.bind('currency', setCurrency)} error={form.errors.currency} options={CURRENCIES.map((c) => ({ value: c, label: c }))} />
          <AmountField label={t('balance.amount')} name="amount" value={amount} onValue={form.bind('amount', setAmount)} error={form.errors.amount} prefix={currency} decimal placeholder={currency === 'JPY' || currency === 'KRW' ? '10000' : '1000.00'} />
        </div>
        <FormError message={form.formError} />
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={submit.pending}>
            <Icon name="wallet" />
            {submit.pending ? t('balance.redirecting') : t('balance.topUpSubmit')}
          </button>
        </div>
      </form>
    </Card>
  );
}
