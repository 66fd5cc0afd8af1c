import { useState } from 'preact/hooks';
import { rateChangeEffectiveAt } from '@xuanpin/core/rates';
import { api, unwrap } from '../../api/client';
import type { Enrollment, EnrollmentStatus } from '../../api/supply-types';
import { ConfirmDialog } from '../../components/dialog';
import { EnrollmentCard } from '../../components/enrollment-summary';
import { EmptyState, ErrorNotice, FormError, Notice, SkeletonRows } from '../../components/feedback';
import { FilterTabs } from '../../components/filter-tabs';
import { Icon } from '../../components/icon';
import { AmountField } from '../../components/inputs';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { Pager } from '../../components/pager';
import { RateBounds } from '../../components/rate-bounds';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { bpsInput, parsePercent } from '../../lib/money';
import { useCursorPages } from '../../lib/paging';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';
import { offerRateProblems } from './activities';

const STATUSES = ['applied', 'approved', 'rejected', 'withdrawn', 'ended'] as const;
type Filter = '' | EnrollmentStatus;

/** The merchant's applications: where each product stands, its rate history, rate changes and withdrawal. */
export function MyApplications() {
  useTitle('applications.mineTitle');
  const { t } = useI18n();
  const { activeOrg } = useSession();
  const canWrite = useCanWrite();
  const toast = useToast();
  const pages = useCursorPages();
  const [status, setStatus] = useState<Filter>('');
  const [rating, setRating] = useState<Enrollment | null>(null);
  const [withdrawing, setWithdrawing] = useState<Enrollment | null>(null);
  const list = useResource(
    () => unwrap(api.v1.enrollments.$get({ query: { limit: '20', ...(pages.cursor ? { cursor: pages.cursor } : {}), ...(status ? { status } : {}) } })),
    [activeOrg?.id, pages.cursor, status],
  );

  const withdraw = useAction(async (e: Enrollment) => {
    await unwrap(api.v1.enrollments[':id'].withdraw.$post({ param: { id: e.id } }));
    setWithdrawing(null);
    toast(t('applications.withdrawn', { product: e.productTitle }));
    await list.reload();
  });

  const rows = list.data?.data ?? [];
  return (
    <>
      <PageHeader
        title={t('applications.mineTitle')}
        subtitle={t('applications.mineSubtitle')}
        actions={
          <a class="btn btn-secondary" href="/marketplace">
            <Icon name="flag" />
            {t('applications.browse')}
          </a>
        }
      />
      <FilterTabs<Filter>
        label={t('applications.filter')}
        value={status}
        onValue={(s) => {
          setStatus(s);
          pages.reset();
        }}
        options={[{ value: '', label: t('common.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`enrollmentStatus.${s}`) }))]}
      />
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? (
        <Card>
          <SkeletonRows rows={3} />
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <EmptyState icon="clipboard">{t('applications.mineEmpty')}</EmptyState>
        </Card>
      ) : (
        <ul class="card-list" data-testid="applications">
          {rows.map((e) => (
            <EnrollmentCard key={e.id} enrollment={e} counterpart="provider">
              {canWrite && (e.status === 'applied' || e.status === 'approved') && (
                <>
                  <button type="button" class="btn btn-secondary btn-sm" onClick={() => setRating(e)}>
                    <Icon name="percent" size={16} />
                    {t('applications.changeRates')}
                  </button>
                  <button type="button" class="btn btn-ghost btn-sm btn-danger-text" onClick={() => setWithdrawing(e)}>
                    {t('applications.withdraw')}
                  </button>
                </>
              )}
            </EnrollmentCard>
          ))}
        </ul>
      )}
      <Pager page={pages.page} hasPrevious={pages.hasPrevious} hasNext={!!list.data?.nextCursor} onPrevious={pages.previous} onNext={() => pages.next(list.data?.nextCursor)} busy={list.loading} />
      {rating && (
        <RatesDialog
          enrollment={rating}
          onClose={() => setRating(null)}
          onDone={() => {
            setRating(null);
            void list.reload();
          }}
        />
      )}
      {withdrawing && (
        <ConfirmDialog
          title={t('applications.withdrawTitle', { product: withdrawing.productTitle })}
          confirmLabel={t('applications.withdraw')}
          pending={withdraw.pending}
          onConfirm={() => withdraw.run(withdrawing)}
          onCancel={() => {
            setWithdrawing(null);
            withdraw.setError(null);
          }}
        >
          <p>{t('applications.withdrawBody', { activity: withdrawing.activityName })}</p>
          <ErrorNotice error={withdraw.error} />
        </ConfirmDialog>
      )}
    </>
  );
}

/**
 * A new version of the offer's rates. A raise applies at once; a cut no earlier than the next 00:00 UTC, so the
 * creators promoting today keep today's terms — the dialog says which before it is sent.
 */
function RatesDialog({ enrollment, onClose, onDone }: { enrollment: Enrollment; onClose(): void; onDone(): void }) {
  const { t, formatDateTime } = useI18n();
  const toast = useToast();
  const activity = useResource(() => unwrap(api.v1.marketplace.activities[':id'].$get({ param: { id: enrollment.activityId } })), [enrollment.activityId]);
  const latest = enrollment.terms[enrollment.terms.length - 1] ?? enrollment.currentTerms;
  const [creatorRate, setCreatorRate] = useState(bpsInput(latest.creatorRateBps));
  const [serviceFee, setServiceFee] = useState(bpsInput(latest.serviceFeeBps));

  const submit = useAction(async () => {
    const version = await unwrap(
      api.v1.enrollments[':id'].rates.$post({
        param: { id: enrollment.id },
        json: { creatorRateBps: parsePercent(creatorRate)!, serviceFeeBps: parsePercent(serviceFee)! },
      }),
    );
    const v = version.terms[version.terms.length - 1];
    toast(v.effectiveAt > Date.now() ? t('rates.scheduledToast', { date: formatDateTime(v.effectiveAt) }) : t('rates.appliedToast'));
    onDone();
  });
  const form = useFormErrors(submit, { creatorRateBps: 'creatorRate', serviceFeeBps: 'serviceFee' }, t);

  const c = parsePercent(creatorRate);
  const f = parsePercent(serviceFee);
  const now = Date.now();
  const effective = c !== null && f !== null ? rateChangeEffectiveAt(enrollment.currentTerms, { creatorRateBps: c, serviceFeeBps: f }, now) : null;
  const isCut = effective !== null && effective > now;

  const onConfirm = () => {
    if (!activity.data) return;
    if (form.check(offerRateProblems(t, activity.data, creatorRate, serviceFee))) void submit.run();
  };

  return (
    <ConfirmDialog title={t('rates.changeTitle', { product: enrollment.productTitle })} confirmLabel={t('rates.submit')} tone="primary" pending={submit.pending || !activity.data} onConfirm={onConfirm} onCancel={onClose}>
      <FormError message={form.formError} />
      <ErrorNotice error={activity.error} onRetry={activity.reload} />
      {activity.data && <RateBounds plan={activity.data.planType} minCreatorRateBps={activity.data.minCreatorRateBps} serviceFeeBps={activity.data.serviceFeeBps} />}
      <div class="form-row form-row-halves">
        <AmountField label={t('rates.creatorRate')} name="creatorRateBps" value={creatorRate} onValue={form.bind('creatorRate', setCreatorRate)} error={form.errors.creatorRate} suffix="%" decimal />
        <AmountField label={t('rates.serviceFee')} name="serviceFeeBps" value={serviceFee} onValue={form.bind('serviceFee', setServiceFee)} error={form.errors.serviceFee} suffix="%" decimal />
      </div>
      <Notice tone={isCut ? 'warning' : 'info'} title={isCut ? t('rates.cutTitle', { date: formatDateTime(effective!) }) : t('rates.raiseTitle')}>
        <p data-testid="rates-timing">{t('rates.timingHelp')}</p>
      </Notice>
    </ConfirmDialog>
  );
}
