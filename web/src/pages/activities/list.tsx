import { useState } from 'preact/hooks';
import { api, unwrap } from '../../api/client';
import type { Activity, ActivityStatus } from '../../api/supply-types';
import { CategoryChips, PlanBadge, usePeriod } from '../../components/activity-facts';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState, ErrorNotice, SkeletonRows } from '../../components/feedback';
import { FilterTabs } from '../../components/filter-tabs';
import { Icon } from '../../components/icon';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { Pager } from '../../components/pager';
import { STATUS_TONE, StatusBadge } from '../../components/status-badge';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { formatBps } from '../../lib/money';
import { useCursorPages } from '../../lib/paging';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

type Filter = '' | ActivityStatus;

/** The provider's activities (selection pools): their terms at a glance, edit, close. */
export function Activities() {
  useTitle('activities.title');
  const { t } = useI18n();
  const { activeOrg } = useSession();
  const canWrite = useCanWrite();
  const toast = useToast();
  const period = usePeriod();
  const pages = useCursorPages();
  const [status, setStatus] = useState<Filter>('');
  const [closing, setClosing] = useState<Activity | null>(null);
  const list = useResource(
    () => unwrap(api.v1.activities.$get({ query: { limit: '20', ...(pages.cursor ? { cursor: pages.cursor } : {}), ...(status ? { status } : {}) } })),
    [activeOrg?.id, pages.cursor, status],
  );
  const close = useAction(async (a: Activity) => {
    await unwrap(api.v1.activities[':id'].close.$post({ param: { id: a.id } }));
    setClosing(null);
    toast(t('activities.closed', { name: a.name }));
    await list.reload();
  });
  const rows = list.data?.data ?? [];

  return (
    <>
      <PageHeader
        title={t('activities.title')}
        subtitle={t('activities.subtitle')}
        actions={
          canWrite && (
            <a class="btn btn-primary" href="/activities/new">
              <Icon name="plus" />
              {t('activities.new')}
            </a>
          )
        }
      />
      <FilterTabs<Filter>
        label={t('activities.filter')}
        value={status}
        onValue={(s) => {
          setStatus(s);
          pages.reset();
        }}
        options={[{ value: '', label: t('common.all') }, ...(['draft', 'open', 'closed'] as const).map((s) => ({ value: s, label: t(`activityStatus.${s}`) }))]}
      />
      <Card>
        <ErrorNotice error={list.error} onRetry={list.reload} />
        {list.loading && !list.data ? (
          <SkeletonRows rows={4} />
        ) : rows.length === 0 ? (
          <EmptyState icon="flag">{t('activities.empty')}</EmptyState>
        ) : (
          <table class="table" data-testid="activities">
            <thead>
              <tr>
                <th scope="col">{t('activity.name')}</th>
                <th scope="col">{t('activity.status')}</th>
                <th scope="col">{t('activity.period')}</th>
                <th scope="col">{t('activity.rates')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => (
                <tr key={a.id}>
                  <td data-label={t('activity.name')}>
                    <a class="cell-strong cell-link" href={`/activities/${a.id}`}>
                      {a.name}
                    </a>
                    <span class="cell-sub cell-badges">
                      <PlanBadge plan={a.planType} />
                      {a.visibility === 'invite_only' && <span class="badge">{t('visibility.invite_only')}</span>}
                      <CategoryChips codes={a.categories} />
                    </span>
                  </td>
                  <td data-label={t('activity.status')}>
                    <StatusBadge tone={STATUS_TONE.activity[a.status]} label={t(`activityStatus.${a.status}`)} />
                  </td>
                  <td data-label={t('activity.period')}>{period(a.startsAt, a.endsAt)}</td>
                  <td data-label={t('activity.rates')} class="cell-num">
                    {t('activities.ratesValue', { min: formatBps(a.minCreatorRateBps), fee: formatBps(a.serviceFeeBps) })}
                  </td>
                  <td class="cell-actions">
                    <div class="row-actions">
                      <a class="btn btn-ghost btn-sm" href={`/applications?activityId=${a.id}`}>
                        {t('activities.applications')}
                      </a>
                      {canWrite && a.status !== 'closed' && (
                        <>
                          <a class="btn btn-ghost btn-sm" href={`/activities/${a.id}`}>
                            <Icon name="edit" size={16} />
                            {t('common.edit')}
                          </a>
                          {a.status === 'open' && (
                            <button type="button" class="btn btn-ghost btn-sm btn-danger-text" onClick={() => setClosing(a)}>
                              {t('activities.close')}
                            </button>
                          )}
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager page={pages.page} hasPrevious={pages.hasPrevious} hasNext={!!list.data?.nextCursor} onPrevious={pages.previous} onNext={() => pages.next(list.data?.nextCursor)} busy={list.loading} />
      </Card>
      {closing && (
        <ConfirmDialog
          title={t('activities.closeTitle', { name: closing.name })}
          confirmLabel={t('activities.close')}
          pending={close.pending}
          onConfirm={() => close.run(closing)}
          onCancel={() => {
            setClosing(null);
            close.setError(null);
          }}
        >
          <p>{t('activities.closeBody')}</p>
          <ErrorNotice error={close.error} />
        </ConfirmDialog>
      )}
    </>
  );
}
