import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, unwrap } from '../../api/client';
import type { Enrollment, EnrollmentStatus } from '../../api/supply-types';
import { ConfirmDialog } from '../../components/dialog';
import { EnrollmentCard } from '../../components/enrollment-summary';
import { EmptyState, ErrorNotice, FormError, SkeletonRows } from '../../components/feedback';
import { SelectField } from '../../components/field';
import { FilterTabs } from '../../components/filter-tabs';
import { Icon } from '../../components/icon';
import { TextAreaField } from '../../components/inputs';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { Pager } from '../../components/pager';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { errorText } from '../../lib/errors';
import { useFormErrors } from '../../lib/form';
import { useCursorPages } from '../../lib/paging';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

const STATUSES = ['applied', 'approved', 'rejected', 'withdrawn', 'ended'] as const;
type Filter = '' | EnrollmentStatus;

/** Merchants' applications to the provider's activities: approve the products that fit, reject with a reason. */
export function ReviewApplications() {
  useTitle('applications.reviewTitle');
  const { t } = useI18n();
  const { query } = useLocation();
  const { activeOrg } = useSession();
  const canWrite = useCanWrite();
  const toast = useToast();
  const pages = useCursorPages();
  const [status, setStatus] = useState<Filter>('applied');
  const [activityId, setActivityId] = useState(query.activityId ?? '');
  const [rejecting, setRejecting] = useState<Enrollment | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const activities = useResource(() => unwrap(api.v1.activities.$get({ query: { limit: '200' } })), [activeOrg?.id]);
  const list = useResource(
    () =>
      unwrap(
        api.v1.enrollments.$get({
          query: { limit: '20', ...(pages.cursor ? { cursor: pages.cursor } : {}), ...(status ? { status } : {}), ...(activityId ? { activityId } : {}) },
        }),
      ),
    [activeOrg?.id, pages.cursor, status, activityId],
  );

  const approve = async (e: Enrollment) => {
    setBusy(e.id);
    try {
      await unwrap(api.v1.enrollments[':id'].approve.$post({ param: { id: e.id } }));
      toast(t('applications.approved', { product: e.productTitle }));
      await list.reload();
    } catch (err) {
      toast(errorText(err, t), 'error');
    } finally {
      setBusy(null);
    }
  };

  const rows = list.data?.data ?? [];
  return (
    <>
      <PageHeader title={t('applications.reviewTitle')} subtitle={t('applications.reviewSubtitle')} />
      <div class="filters-row">
        <FilterTabs<Filter>
          label={t('applications.filter')}
          value={status}
          onValue={(s) => {
            setStatus(s);
            pages.reset();
          }}
          options={[...STATUSES.map((s) => ({ value: s as Filter, label: t(`enrollmentStatus.${s}`) })), { value: '', label: t('common.all') }]}
        />
        <div class="filters-row-end">
          <SelectField
            label={t('applications.activity')}
            name="activityId"
            value={activityId}
            onValue={(v) => {
              setActivityId(v);
              pages.reset();
            }}
            options={[{ value: '', label: t('applications.allActivities') }, ...(activities.data?.data ?? []).map((a) => ({ value: a.id, label: a.name }))]}
          />
        </div>
      </div>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? (
        <Card>
          <SkeletonRows rows={3} />
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <EmptyState icon="clipboard">{status === 'applied' ? t('applications.nothingToReview') : t('applications.reviewEmpty')}</EmptyState>
        </Card>
      ) : (
        <ul class="card-list" data-testid="applications">
          {rows.map((e) => (
            <EnrollmentCard key={e.id} enrollment={e} counterpart="merchant">
              {canWrite && e.status === 'applied' && (
                <>
                  <button type="button" class="btn btn-ghost btn-sm btn-danger-text" disabled={busy === e.id} onClick={() => setRejecting(e)}>
                    {t('applications.reject')}
                  </button>
                  <button type="button" class="btn btn-primary btn-sm" disabled={busy === e.id} onClick={() => void approve(e)}>
                    <Icon name="check" size={16} />
                    {t('applications.approve')}
                  </button>
                </>
              )}
            </EnrollmentCard>
          ))}
        </ul>
      )}
      <Pager page={pages.page} hasPrevious={pages.hasPrevious} hasNext={!!list.data?.nextCursor} onPrevious={pages.previous} onNext={() => pages.next(list.data?.nextCursor)} busy={list.loading} />
      {rejecting && (
        <RejectDialog
          enrollment={rejecting}
          onCancel={() => setRejecting(null)}
          onDone={() => {
            toast(t('applications.rejected', { product: rejecting.productTitle }));
            setRejecting(null);
            void list.reload();
          }}
        />
      )}
    </>
  );
}

function RejectDialog({ enrollment, onCancel, onDone }: { enrollment: Enrollment; onCancel(): void; onDone(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const reject = useAction(async () => {
    await unwrap(api.v1.enrollments[':id'].reject.$post({ param: { id: enrollment.id }, json: { reason: reason.trim() } }));
    onDone();
  });
  const form = useFormErrors(reject, { reason: 'reason' }, t);
  return (
    <ConfirmDialog
      title={t('applications.rejectTitle', { product: enrollment.productTitle })}
      confirmLabel={t('applications.reject')}
      pending={reject.pending}
      onConfirm={() => form.check({ reason: !reason.trim() && t('validation.required') }) && void reject.run()}
      onCancel={onCancel}
    >
      <FormError message={form.formError} />
      <TextAreaField label={t('applications.rejectReason')} name="reason" value={reason} onValue={form.bind('reason', setReason)} error={form.errors.reason} hint={t('applications.rejectHint')} maxLength={500} />
    </ConfirmDialog>
  );
}
