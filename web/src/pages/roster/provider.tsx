import { useState } from 'preact/hooks';
import { api, unwrap } from '../../api/client';
import type { RosterMember, RosterStatus } from '../../api/supply-types';
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
import { useCursorPages } from '../../lib/paging';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

const STATUSES = ['active', 'invited', 'declined', 'removed'] as const;
type Filter = '' | RosterStatus;

/** The provider's roster: who is on it, who was invited, and removal. Invitations start from the directory. */
export function ProviderRoster() {
  useTitle('roster.title');
  const { t, formatDate } = useI18n();
  const { activeOrg } = useSession();
  const canWrite = useCanWrite();
  const toast = useToast();
  const pages = useCursorPages();
  const [status, setStatus] = useState<Filter>('');
  const [removing, setRemoving] = useState<RosterMember | null>(null);
  const list = useResource(
    () => unwrap(api.v1.roster.$get({ query: { limit: '50', ...(pages.cursor ? { cursor: pages.cursor } : {}), ...(status ? { status } : {}) } })),
    [activeOrg?.id, pages.cursor, status],
  );
  const remove = useAction(async (m: RosterMember) => {
    await unwrap(api.v1.roster[':id'].remove.$post({ param: { id: m.id } }));
    setRemoving(null);
    toast(t('roster.removed', { name: m.creatorName }));
    await list.reload();
  });
  const rows = list.data?.data ?? [];

  return (
    <>
      <PageHeader
        title={t('roster.title')}
        subtitle={t('roster.subtitle')}
        actions={
          canWrite && (
            <a class="btn btn-primary" href="/creators">
              <Icon name="userPlus" />
              {t('roster.invite')}
            </a>
          )
        }
      />
      <FilterTabs<Filter>
        label={t('roster.filter')}
        value={status}
        onValue={(s) => {
          setStatus(s);
          pages.reset();
        }}
        options={[{ value: '', label: t('common.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`rosterStatus.${s}`) }))]}
      />
      <Card>
        <ErrorNotice error={list.error} onRetry={list.reload} />
        {list.loading && !list.data ? (
          <SkeletonRows />
        ) : rows.length === 0 ? (
          <EmptyState icon="list">
            {t('roster.empty')}
            {canWrite && (
              <span class="empty-actions">
                <a class="btn btn-primary btn-sm" href="/creators">
                  {t('roster.findCreators')}
                </a>
              </span>
            )}
          </EmptyState>
        ) : (
          <table class="table" data-testid="roster">
            <thead>
              <tr>
                <th scope="col">{t('roster.creator')}</th>
                <th scope="col">{t('roster.status')}</th>
                <th scope="col">{t('roster.invited')}</th>
                <th scope="col">{t('roster.responded')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id} class={m.status === 'removed' || m.status === 'declined' ? 'row-muted' : undefined}>
                  <td data-label={t('roster.creator')}>
                    <div class="person">
                      <span class="person-avatar" aria-hidden="true">
                        {Array.from(m.creatorName.trim())[0]?.toUpperCase() ?? '?'}
                      </span>
                      <span class="person-text">
                        <span class="person-name">{m.creatorName}</span>
                        {m.note && <span class="person-email">{m.note}</span>}
                      </span>
                    </div>
                  </td>
                  <td data-label={t('roster.status')}>
                    <StatusBadge tone={STATUS_TONE.roster[m.status]} label={t(`rosterStatus.${m.status}`)} />
                  </td>
                  <td data-label={t('roster.invited')}>{formatDate(m.invitedAt)}</td>
                  <td data-label={t('roster.responded')}>{formatDate(m.removedAt ?? m.respondedAt)}</td>
                  <td class="cell-actions">
                    {canWrite && (m.status === 'active' || m.status === 'invited') && (
                      <button type="button" class="btn btn-ghost btn-sm btn-danger-text" onClick={() => setRemoving(m)}>
                        <Icon name="trash" size={16} />
                        {t('roster.remove')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager page={pages.page} hasPrevious={pages.hasPrevious} hasNext={!!list.data?.nextCursor} onPrevious={pages.previous} onNext={() => pages.next(list.data?.nextCursor)} busy={list.loading} />
      </Card>
      {removing && (
        <ConfirmDialog
          title={t('roster.removeTitle', { name: removing.creatorName })}
          confirmLabel={t('roster.remove')}
          pending={remove.pending}
          onConfirm={() => remove.run(removing)}
          onCancel={() => {
            setRemoving(null);
            remove.setError(null);
          }}
        >
          <p>{t('roster.removeBody', { name: removing.creatorName })}</p>
          <ErrorNotice error={remove.error} />
        </ConfirmDialog>
      )}
    </>
  );
}
