import { useState } from 'preact/hooks';
import { inCategory } from '@xuanpin/core/categories';
import { MAX_COMBINED_BPS, MAX_SERVICE_FEE_BPS, PLAN_TYPES, type PlanType } from '@xuanpin/core/rates';
import { api, unwrap } from '../../api/client';
import type { MarketplaceActivity, Product } from '../../api/supply-types';
import { ActivityFacts, CategoryChips, PlanBadge } from '../../components/activity-facts';
import { CategorySelect } from '../../components/category-select';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState, ErrorNotice, FormError, Notice, SkeletonRows } from '../../components/feedback';
import { SelectField } from '../../components/field';
import { Icon } from '../../components/icon';
import { AmountField } from '../../components/inputs';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { Pager } from '../../components/pager';
import { RateBounds, maxCreatorRate } from '../../components/rate-bounds';
import { useToast } from '../../components/toast';
import { useI18n, useTitle, type Translate } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { bpsInput, formatBps, parsePercent } from '../../lib/money';
import { useCursorPages } from '../../lib/paging';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

/** What is wrong with an offer's rates against an activity, field by field, before asking the server. */
export function offerRateProblems(
  t: Translate,
  activity: { planType: PlanType; minCreatorRateBps: number; serviceFeeBps: number },
  creator: string,
  fee: string,
) {
  const c = parsePercent(creator);
  const f = parsePercent(fee);
  const maxC = maxCreatorRate(activity.planType);
  return {
    creatorRate:
      c === null || c < activity.minCreatorRateBps || c > maxC
        ? t('rates.between', { min: formatBps(activity.minCreatorRateBps), max: formatBps(maxC) })
        : f !== null && c + f > MAX_COMBINED_BPS
          ? t('rates.combined', { max: formatBps(MAX_COMBINED_BPS) })
          : undefined,
    serviceFee:
      f === null || f < activity.serviceFeeBps || f > MAX_SERVICE_FEE_BPS
        ? t('rates.between', { min: formatBps(activity.serviceFeeBps), max: formatBps(MAX_SERVICE_FEE_BPS) })
        : undefined,
  };
}

/** Activities merchants may apply to, with their terms; Apply picks a product and commits to rates. */
export function Marketplace() {
  useTitle('marketplace.title');
  const { t } = useI18n();
  const { activeOrg } = useSession();
  const canWrite = useCanWrite();
  const pages = useCursorPages();
  const [q, setQ] = useState('');
  const [filters, setFilters] = useState({ q: '', category: '', planType: '' as '' | PlanType });
  const [applying, setApplying] = useState<MarketplaceActivity | null>(null);

  const list = useResource(
    () =>
      unwrap(
        api.v1.marketplace.activities.$get({
          query: {
            limit: '24',
            ...(pages.cursor ? { cursor: pages.cursor } : {}),
            ...(filters.q ? { q: filters.q } : {}),
            ...(filters.category ? { category: filters.category } : {}),
            ...(filters.planType ? { planType: filters.planType } : {}),
          },
        }),
      ),
    [activeOrg?.id, pages.cursor, filters],
  );
  const products = useResource(() => unwrap(api.v1.products.$get({ query: { status: 'active', limit: '200' } })), [activeOrg?.id]);

  const apply = (next: typeof filters) => {
    setFilters(next);
    pages.reset();
  };
  const rows = list.data?.data ?? [];

  return (
    <>
      <PageHeader
        title={t('marketplace.title')}
        subtitle={t('marketplace.subtitle')}
        actions={
          <a class="btn btn-secondary" href="/applications">
            <Icon name="clipboard" />
            {t('marketplace.myApplications')}
          </a>
        }
      />
      <Card>
        <form
          class="toolbar"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            apply({ ...filters, q: q.trim() });
          }}
        >
          <label class="search-box">
            <Icon name="search" class="search-icon" />
            <span class="visually-hidden">{t('marketplace.search')}</span>
            <input class="input" type="search" name="q" placeholder={t('marketplace.searchPlaceholder')} value={q} onInput={(e) => setQ(e.currentTarget.value)} />
          </label>
          <CategorySelect label={t('catalog.category')} name="category" value={filters.category} emptyLabel={t('category.any')} onValue={(category) => apply({ ...filters, category })} />
          <SelectField<'' | PlanType>
            label={t('activity.planType')}
            name="planType"
            value={filters.planType}
            onValue={(planType) => apply({ ...filters, planType })}
            options={[{ value: '', label: t('plan.any') }, ...PLAN_TYPES.map((p) => ({ value: p, label: t(`plan.${p}`) }))]}
          />
          <div class="toolbar-actions">
            <button type="submit" class="btn btn-primary">
              {t('common.search')}
            </button>
          </div>
        </form>
      </Card>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? (
        <Card>
          <SkeletonRows rows={4} />
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <EmptyState icon="flag">{t('marketplace.empty')}</EmptyState>
        </Card>
      ) : (
        <ul class="card-grid" data-testid="marketplace">
          {rows.map((a) => (
            <li key={a.id} class="item-card activity-card" data-testid="activity-card">
              <div class="item-card-head">
                <div>
                  <h2 class="item-card-title">{a.name}</h2>
                  <p class="item-card-sub">
                    <Icon name="building" size={14} /> {a.providerName}
                  </p>
                </div>
                <PlanBadge plan={a.planType} />
              </div>
              {a.description && <p class="item-card-text">{a.description}</p>}
              <CategoryChips codes={a.categories} />
              <ActivityFacts activity={a} />
              {canWrite && (
                <div class="item-card-actions">
                  <button type="button" class="btn btn-primary btn-sm" onClick={() => setApplying(a)}>
                    {t('marketplace.apply')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager page={pages.page} hasPrevious={pages.hasPrevious} hasNext={!!list.data?.nextCursor} onPrevious={pages.previous} onNext={() => pages.next(list.data?.nextCursor)} busy={list.loading} />
      {applying && <ApplyDialog activity={applying} products={products.data?.data ?? []} productsLoading={products.loading} onClose={() => setApplying(null)} />}
    </>
  );
}

function ApplyDialog({ activity, products, productsLoading, onClose }: { activity: MarketplaceActivity; products: Product[]; productsLoading: boolean; onClose(): void }) {
  const { t } = useI18n();
  const toast = useToast();
  const eligible = products.filter((p) => activity.categories.some((c) => inCategory(p.category, c)));
  const [chosen, setProductId] = useState('');
  // Products may arrive after the dialog opens: until one is chosen, the first eligible one is.
  const productId = chosen || eligible[0]?.id || '';
  const product = eligible.find((p) => p.id === productId);
  const [creatorRate, setCreatorRate] = useState(bpsInput(Math.max(activity.minCreatorRateBps, product?.defaultCreatorRateBps ?? 0)));
  const [serviceFee, setServiceFee] = useState(bpsInput(activity.serviceFeeBps));

  const submit = useAction(async () => {
    const enrollment = await unwrap(
      api.v1.enrollments.$post({
        json: { activityId: activity.id, productId, creatorRateBps: parsePercent(creatorRate)!, serviceFeeBps: parsePercent(serviceFee)! },
      }),
    );
    toast(t('marketplace.applied', { product: enrollment.productTitle, activity: enrollment.activityName }));
    onClose();
  });
  const form = useFormErrors(submit, { productId: 'productId', creatorRateBps: 'creatorRate', serviceFeeBps: 'serviceFee' }, t);

  const onConfirm = () => {
    const problems = offerRateProblems(t, activity, creatorRate, serviceFee);
    if (form.check({ productId: !productId && t('marketplace.chooseProduct'), ...problems })) void submit.run();
  };

  return (
    <ConfirmDialog title={t('marketplace.applyTitle', { name: activity.name })} confirmLabel={t('marketplace.submit')} tone="primary" pending={submit.pending} onConfirm={onConfirm} onCancel={onClose}>
      <FormError message={form.formError} />
      {productsLoading ? (
        <SkeletonRows rows={1} />
      ) : eligible.length === 0 ? (
        <Notice tone="warning">
          <p>{t('marketplace.noEligible')}</p>
          <p>
            <a href="/catalog">{t('marketplace.toCatalog')}</a>
          </p>
        </Notice>
      ) : (
        <SelectField
          label={t('marketplace.product')}
          name="productId"
          value={productId}
          onValue={form.bind('productId', (id: string) => {
            setProductId(id);
            const next = eligible.find((p) => p.id === id);
            if (next) setCreatorRate(bpsInput(Math.max(activity.minCreatorRateBps, next.defaultCreatorRateBps)));
          })}
          error={form.errors.productId}
          hint={t('marketplace.productHint')}
          options={eligible.map((p) => ({ value: p.id, label: p.title }))}
        />
      )}
      <RateBounds plan={activity.planType} minCreatorRateBps={activity.minCreatorRateBps} serviceFeeBps={activity.serviceFeeBps} />
      <div class="form-row form-row-halves">
        <AmountField label={t('rates.creatorRate')} name="creatorRateBps" value={creatorRate} onValue={form.bind('creatorRate', setCreatorRate)} error={form.errors.creatorRate} suffix="%" decimal />
        <AmountField label={t('rates.serviceFee')} name="serviceFeeBps" value={serviceFee} onValue={form.bind('serviceFee', setServiceFee)} error={form.errors.serviceFee} suffix="%" decimal />
      </div>
    </ConfirmDialog>
  );
}
