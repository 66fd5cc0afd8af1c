import { useState } from 'preact/hooks';
import { ROLES } from '@xuanpin/core/tenancy';
import { api, unwrap } from '../../api/client';
import type { CreatedInvitation, Invitation, Role } from '../../api/types';
import { CopyField } from '../../components/copy';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState, ErrorNotice, FormError, Notice, SkeletonRows } from '../../components/feedback';
import { SelectField, TextField } from '../../components/field';
import { Icon } from '../../components/icon';
import { Card, PageHeader } from '../../components/page';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { EMAIL } from '../../lib/navigation';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

export function Invitations() {
  useTitle('invitations.title');
  const { t, formatDate } = useI18n();
  const { activeOrg, canManage } = useSession();
  const toast = useToast();
  const list = useResource(() => unwrap(api.v1.invitations.$get({ query: { limit: '200' } })), [activeOrg?.id]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  const create = useAction(async () => {
    const invitation = await unwrap(api.v1.invitations.$post({ json: { email: email.trim(), role } }));
    setCreated(invitation);
    setEmail('');
    await list.reload();
  });

  const revoke = useAction(async (invitation: Invitation) => {
    await unwrap(api.v1.invitations[':id'].$delete({ param: { id: invitation.id } }));
    setRevoking(null);
    if (created?.id === invitation.id) setCreated(null);
    toast(t('invitations.revoked', { email: invitation.email }));
    await list.reload();
  });

  const form = useFormErrors(create, { email: 'email', role: 'role' }, t);
  const { errors } = form;

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (form.check({ email: !EMAIL.test(email.trim()) && t('validation.email') })) {
      setCreated(null);
      await create.run();
    }
  };

  if (!activeOrg) return null;
  const rows = list.data?.data ?? [];

  return (
    <>
      <PageHeader title={t('invitations.title')} subtitle={t('invitations.subtitle', { org: activeOrg.name })} />
      {canManage ? (
        <Card title={t('invitations.new')}>
          <form class="form form-inline" onSubmit={onSubmit} noValidate>
            <FormError message={form.formError} />
            <div class="form-row">
              <TextField label={t('invitations.email')} name="email" type="email" autoComplete="off" value={email} onValue={form.bind('email', setEmail)} error={errors.email} />
              <SelectField<Role>
                label={t('invitations.role')}
                name="role"
                value={role}
                onValue={form.bind('role', setRole)}
                error={errors.role}
                options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              />
              <div class="form-row-submit">
                <button type="submit" class="btn btn-primary" disabled={create.pending}>
                  <Icon name="mail" />
                  {create.pending ? t('invitations.submitting') : t('invitations.submit')}
                </button>
              </div>
            </div>
          </form>
          {created && (
            <div class="reveal" data-testid="invitation-created">
              <div class="reveal-head">
                <Icon name="check" class="reveal-icon" />
                <div>
                  <p class="reveal-title">{t('invitations.createdTitle', { email: created.email })}</p>
                  <p class="reveal-body">{t('invitations.createdBody')}</p>
                </div>
              </div>
              <CopyField label={t('invitations.link')} value={new URL(created.acceptUrl, location.origin).href} testId="invitation-link" />
              <CopyField label={t('invitations.token')} value={created.token} />
              <div class="reveal-actions">
                <button type="button" class="btn btn-secondary btn-sm" onClick={() => setCreated(null)}>
                  {t('common.done')}
                </button>
              </div>
            </div>
          )}
        </Card>
      ) : (
        <Notice tone="info">
          <p>{t('invitations.readOnly')}</p>
        </Notice>
      )}
      <Card title={t('invitations.pending')}>
        <ErrorNotice error={list.error} onRetry={list.reload} />
        {list.loading && !list.data ? (
          <SkeletonRows />
        ) : rows.length === 0 ? (
          <EmptyState icon="mail">{t('invitations.empty')}</EmptyState>
        ) : (
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('invitations.email')}</th>
                <th scope="col">{t('invitations.role')}</th>
                <th scope="col">{t('invitations.status')}</th>
                <th scope="col">{t('invitations.invited')}</th>
                <th scope="col">{t('invitations.expires')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((inv) => (
                <tr key={inv.id}>
                  <td data-label={t('invitations.email')} class="cell-strong">
                    {inv.email}
                  </td>
                  <td data-label={t('invitations.role')}>{t(`role.${inv.role}`)}</td>
                  <td data-label={t('invitations.status')}>
                    <span class={`badge badge-status-${inv.status}`}>{t(`invitations.status.${inv.status}`)}</span>
                  </td>
                  <td data-label={t('invitations.invited')}>{formatDate(inv.createdAt)}</td>
                  <td data-label={t('invitations.expires')}>{formatDate(inv.expiresAt)}</td>
                  <td class="cell-actions">
                    {canManage && inv.status === 'pending' && (
                      <button type="button" class="btn btn-ghost btn-sm btn-danger-text" onClick={() => setRevoking(inv)}>
                        {t('invitations.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {revoking && (
        <ConfirmDialog
          title={t('invitations.revokeTitle', { email: revoking.email })}
          confirmLabel={t('invitations.revoke')}
          pending={revoke.pending}
          onConfirm={() => revoke.run(revoking)}
          onCancel={() => {
            setRevoking(null);
            revoke.setError(null);
          }}
        >
          <p>{t('invitations.revokeBody')}</p>
          <ErrorNotice error={revoke.error} />
        </ConfirmDialog>
      )}
    </>
  );
}
