import { useState } from 'preact/hooks';
import { ROLES } from '@xuanpin/core/tenancy';
import { api, unwrap } from '../../api/client';
import type { Member, Role } from '../../api/types';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState, ErrorNotice, Notice, SkeletonRows } from '../../components/feedback';
import { Icon } from '../../components/icon';
import { Card, PageHeader } from '../../components/page';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { errorText } from '../../lib/errors';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

export function Members() {
  useTitle('members.title');
  const { t, formatDate } = useI18n();
  const { state, activeOrg, canManage } = useSession();
  const toast = useToast();
  const members = useResource(() => unwrap(api.v1.members.$get({ query: { limit: '200' } })), [activeOrg?.id]);
  const [removing, setRemoving] = useState<Member | null>(null);
  // The role being saved: the select shows it until the list is reloaded.
  const [changing, setChanging] = useState<{ id: string; role: Role } | null>(null);

  const changeRole = async (member: Member, role: Role) => {
    setChanging({ id: member.id, role });
    try {
      await unwrap(api.v1.members[':id'].$patch({ param: { id: member.id }, json: { role } }));
      await members.reload();
      toast(t('members.roleChanged', { name: member.name, role: t(`role.${role}`) }));
    } catch (err) {
      toast(errorText(err, t), 'error');
      await members.reload();
    } finally {
      setChanging(null);
    }
  };

  const remove = useAction(async (member: Member) => {
    await unwrap(api.v1.members[':id'].$delete({ param: { id: member.id } }));
    setRemoving(null);
    toast(t('members.removed', { name: member.name }));
    await members.reload();
  });

  if (!activeOrg) return null;
  const rows = members.data?.data ?? [];

  return (
    <>
      <PageHeader title={t('members.title')} subtitle={t('members.subtitle', { org: activeOrg.name })} />
      {!canManage && (
        <Notice tone="info">
          <p>{t('members.readOnly')}</p>
        </Notice>
      )}
      <Card
        title={members.data ? t('members.count', { count: rows.length }) : t('members.title')}
        actions={
          canManage && (
            <a class="btn btn-secondary btn-sm" href="/settings/invitations">
              <Icon name="plus" size={16} />
              {t('invitations.new')}
            </a>
          )
        }
      >
        <p class="card-help">{t('members.roleHelp')}</p>
        <ErrorNotice error={members.error} onRetry={members.reload} />
        {members.loading && !members.data ? (
          <SkeletonRows />
        ) : rows.length === 0 ? (
          <EmptyState icon="users">{t('members.title')}</EmptyState>
        ) : (
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('members.name')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.joined')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => {
                const self = m.userId === state?.user?.id;
                return (
                  <tr key={m.id}>
                    <td data-label={t('members.name')}>
                      <div class="person">
                        <span class="person-avatar" aria-hidden="true">
                          {Array.from(m.name.trim())[0]?.toUpperCase() ?? '?'}
                        </span>
                        <span class="person-text">
                          <span class="person-name">
                            {m.name}
                            {self && <span class="badge badge-neutral">{t('common.you')}</span>}
                          </span>
                          <span class="person-email">{m.email}</span>
                        </span>
                      </div>
                    </td>
                    <td data-label={t('members.role')}>
                      {canManage && !self ? (
                        <select
                          class="select select-sm"
                          aria-label={t('members.roleFor', { name: m.name })}
                          value={changing?.id === m.id ? changing.role : m.role}
                          disabled={changing?.id === m.id}
                          onChange={(e) => changeRole(m, e.currentTarget.value as Role)}
                        >
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {t(`role.${r}`)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <span class={`badge badge-role-${m.role}`}>{t(`role.${m.role}`)}</span>
                      )}
                    </td>
                    <td data-label={t('members.joined')}>{formatDate(m.createdAt)}</td>
                    <td class="cell-actions">
                      {canManage && !self && (
                        <button type="button" class="btn btn-ghost btn-sm btn-danger-text" onClick={() => setRemoving(m)}>
                          <Icon name="trash" size={16} />
                          {t('members.remove')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </Card>
      {removing && (
        <ConfirmDialog
          title={t('members.removeTitle', { name: removing.name })}
          confirmLabel={t('members.remove')}
          pending={remove.pending}
          onConfirm={() => remove.run(removing)}
          onCancel={() => {
            setRemoving(null);
            remove.setError(null);
          }}
        >
          <p>{t('members.removeBody', { name: removing.name, org: activeOrg.name })}</p>
          <ErrorNotice error={remove.error} />
        </ConfirmDialog>
      )}
    </>
  );
}
