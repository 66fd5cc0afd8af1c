import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { api, unwrap } from '../../api/client';
import type { OfferDetail } from '../../api/supply-types';
import { PlanBadge, usePeriod } from '../../components/activity-facts';
import { ErrorNotice, FormError, Loading, Notice } from '../../components/feedback';
import { GetLink } from '../../components/get-link';
import { SelectField } from '../../components/field';
import { Icon } from '../../components/icon';
import { TextAreaField } from '../../components/inputs';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { ProductImage } from '../../components/product-image';
import { TermsHistory } from '../../components/terms-history';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { categoryPath } from '../../lib/categories';
import { useFormErrors } from '../../lib/form';
import { formatBps, formatMoney } from '../../lib/money';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

/** One offer: the product, what it pays and for how long, its rate history, and a sample request. */
export function OfferPage() {
  useTitle('offers.detailTitle');
  const { params } = useRoute();
  const { activeOrg } = useSession();
  const { t, locale } = useI18n();
  const period = usePeriod();
  const offer = useResource(() => unwrap(api.v1.offers[':id'].$get({ param: { id: params.id } })), [activeOrg?.id, params.id]);
  if (offer.error) {
    return (
      <>
        <a class="back-link" href="/offers">
          <Icon name="chevronLeft" size={16} />
          {t('offers.back')}
        </a>
        <ErrorNotice error={offer.error} onRetry={offer.reload} />
      </>
    );
  }
  const o = offer.data;
  if (!o) return <Loading />;

  return (
    <>
      <a class="back-link" href="/offers">
        <Icon name="chevronLeft" size={16} />
        {t('offers.back')}
      </a>
      <div class="offer-hero">
        <div class="offer-gallery">
          <ProductImage src={o.images[0]} title={o.productTitle} size="hero" />
          {o.images.length > 1 && (
            <div class="offer-thumbs">
              {o.images.slice(1, 5).map((src) => (
                <ProductImage key={src} src={src} title={o.productTitle} />
              ))}
            </div>
          )}
        </div>
        <div class="offer-summary">
          <PageHeader title={o.productTitle} subtitle={`${categoryPath(o.category, locale)} · ${o.providerName}`} />
          <div class="offer-headline">
            <div>
              <p class="headline-label">{t('offers.commission')}</p>
              <p class="headline-value" data-testid="offer-rate">
                {formatBps(o.creatorRateBps)}
              </p>
            </div>
            <div>
              <p class="headline-label">{t('offers.price')}</p>
              <p class="headline-value headline-value-sm">{o.minPrice ? t('offers.from', { price: formatMoney(o.minPrice.amount, o.minPrice.currency) }) : '—'}</p>
            </div>
          </div>
          <dl class="facts">
            <div>
              <dt>{t('offers.activity')}</dt>
              <dd>
                {o.activityName} <PlanBadge plan={o.planType} />
              </dd>
            </div>
            <div>
              <dt>{t('activity.period')}</dt>
              <dd>{period(o.startsAt, o.endsAt)}</dd>
            </div>
            <div>
              <dt>{t('activity.attributionWindow')}</dt>
              <dd>{t('activity.days', { days: o.attributionWindowDays })}</dd>
            </div>
            <div>
              <dt>{t('activity.contentDue')}</dt>
              <dd>{t('offers.contentDueValue', { days: o.contentDueDays })}</dd>
            </div>
            <div>
              <dt>{t('offers.samples')}</dt>
              <dd>{o.samplePolicy === 'none' ? t('samplePolicy.none') : t('offers.samplesValue', { policy: t(`samplePolicy.${o.samplePolicy}`), count: o.sampleQuantity })}</dd>
            </div>
          </dl>
          <GetLink offerId={o.id} productTitle={o.productTitle} />
          {o.productDescription && <p class="offer-description">{o.productDescription}</p>}
        </div>
      </div>
      <div class="split">
        <SampleRequest offer={o} onDone={offer.reload} />
        <Card title={t('terms.title')}>
          <p class="card-help">{t('offers.termsHelp')}</p>
          <TermsHistory terms={o.terms} />
        </Card>
      </div>
    </>
  );
}

function SampleRequest({ offer, onDone }: { offer: OfferDetail; onDone(): Promise<void> }) {
  const { t } = useI18n();
  const toast = useToast();
  const canWrite = useCanWrite();
  const max = Math.min(5, offer.sampleQuantity);
  const [quantity, setQuantity] = useState('1');
  const [address, setAddress] = useState('');
  const [note, setNote] = useState('');
  const [sent, setSent] = useState(false);
  const request = useAction(async () => {
    await unwrap(
      api.v1.samples.$post({ json: { offerId: offer.id, quantity: Number(quantity), shippingAddress: address.trim(), ...(note.trim() ? { note: note.trim() } : {}) } }),
    );
    setSent(true);
    toast(t('request.sent', { product: offer.productTitle }));
    await onDone();
  });
  const form = useFormErrors(request, { quantity: 'quantity', shippingAddress: 'address', note: 'note', offerId: 'form' }, t);

  if (offer.samplePolicy === 'none') {
    return (
      <Card title={t('request.title')}>
        <Notice tone="info">
          <p>{t('request.noSamples')}</p>
        </Notice>
      </Card>
    );
  }
  if (sent) {
    return (
      <Card title={t('request.title')}>
        <Notice tone="success" title={t('request.sentTitle')}>
          <p>{t('request.sentBody', { days: offer.contentDueDays })}</p>
        </Notice>
        <a class="card-link" href="/samples">
          {t('request.mySamples')}
          <Icon name="arrowRight" size={16} />
        </a>
      </Card>
    );
  }
  return (
    <Card title={t('request.title')}>
      <p class="card-help">{t('request.help', { days: offer.contentDueDays })}</p>
      {max < 1 ? (
        <Notice tone="warning">
          <p>{t('request.noneLeft')}</p>
        </Notice>
      ) : (
        <form
          class="form"
          noValidate
          data-testid="sample-request"
          onSubmit={(e) => {
            e.preventDefault();
            if (form.check({ address: !address.trim() && t('validation.required') })) void request.run();
          }}
        >
          <FormError message={form.formError ?? (form.errors.form || null)} />
          <SelectField
            label={t('request.quantity')}
            name="quantity"
            value={quantity}
            onValue={form.bind('quantity', setQuantity)}
            error={form.errors.quantity}
            hint={t('request.left', { count: offer.sampleQuantity })}
            options={Array.from({ length: max }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))}
          />
          <TextAreaField label={t('request.address')} name="shippingAddress" value={address} onValue={form.bind('address', setAddress)} error={form.errors.address} hint={t('request.addressHint')} rows={3} maxLength={500} />
          <TextAreaField label={t('request.note')} name="note" value={note} onValue={form.bind('note', setNote)} error={form.errors.note} optional rows={2} maxLength={1000} placeholder={t('request.notePlaceholder')} />
          {canWrite && (
            <div class="form-actions">
              <button type="submit" class="btn btn-primary" disabled={request.pending}>
                <Icon name="gift" />
                {request.pending ? t('request.sending') : t('request.submit')}
              </button>
            </div>
          )}
        </form>
      )}
    </Card>
  );
}
