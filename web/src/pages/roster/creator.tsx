import { useState } from 'preact/hooks';
import { api, unwrap } from '../../api/client';
import type { RosterMember } from '../../api/supply-types';
import { EmptyState, ErrorNotice, SkeletonRows } from '../../components/feedback';
import { Icon } from '../../components/icon';
import { useCanWrite } from '../../components/kind-gate';
import { OrgAvatar } from '../../components/org-avatar';
import { Card, PageHeader } from '../../components/page';
import { STATUS_TONE, StatusBadge } from '../../components/status-badge';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { errorText } from '../../lib/errors';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

/** Providers who invited the creator to their roster: accept (their offers open up) or decline. */
export function CreatorProviders() {
  useTitle('providers.title');
  const { t, formatDate } = useI18n();
  const { activeOrg } = useSession();
  const canWrite = useCanWrite();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const list = useResource(() => unwrap(api.v1.roster.$get({ query: { limit: '200' } })), [activeOrg?.id]);

  const respond = async (m: RosterMember, answer: 'accept' | 'decline') => {
    setBusy(m.id);
    try {
      const call = answer === 'accept' ? api.v1.roster[':id'].accept.$post : api.v1.roster[':id'].decline.$post;
      await unwrap(call({ param: { id: m.id } }));
      toast(t(answer === 'accept' ? 'providers.accepted' : 'providers.declined', { name: m.providerName }));
      await list.reload();
    } catch (err) {
      toast(errorText(err, t), 'error');
    } finally {
      setBusy(null);
    }
  };

  const rows = list.data?.data ?? [];
  const pending = rows.filter((m) => m.status === 'invited');
  const others = rows.filter((m) => m.status !== 'invited');

  return (
    <>
      <PageHeader title={t('providers.title')} subtitle={t('providers.subtitle')} />
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? (
        <Card>
          <SkeletonRows />
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <EmptyState icon="mail">{t('providers.empty')}</EmptyState>
        </Card>
      ) : (
        <>
          {pending.length > 0 && (
            <section aria-labelledby="pending-title">
              <h2 id="pending-title" class="section-title section-title-spaced">
                {t('providers.pending', { count: pending.length })}
              </h2>
              <ul class="card-list" data-testid="roster-invitations">
                {pending.map((m) => (
                  <li key={m.id} class="item-card invitation-card">
                    <div class="invitation-main">
                      <OrgAvatar name={m.providerName} kind="provider" size="lg" />
                      <div>
                        <h3 class="item-card-title">{m.providerName}</h3>
                        <p class="item-card-sub">{t('providers.invitedOn', { date: formatDate(m.invitedAt) })}</p>
                        {m.note && <p class="quote">“{m.note}”</p>}
                      </div>
                    </div>
                    <p class="invitation-help">{t('providers.acceptHelp')}</p>
                    {canWrite && (
                      <div class="item-card-actions">
                        <button type="button" class="btn btn-ghost btn-sm" disabled={busy === m.id} onClick={() => void respond(m, 'decline')}>
                          {t('providers.decline')}
                        </button>
                        <button type="button" class="btn btn-primary btn-sm" disabled={busy === m.id} onClick={() => void respond(m, 'accept')}>
                          <Icon name="check" size={16} />
                          {t('providers.accept')}
                        </button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {others.length > 0 && (
            <Card title={t('providers.yours')}>
              <table class="table" data-testid="providers">
                <thead>
                  <tr>
                    <th scope="col">{t('providers.provider')}</th>
                    <th scope="col">{t('roster.status')}</th>
                    <th scope="col">{t('roster.responded')}</th>
                  </tr>
                </thead>
                <tbody>
                  {others.map((m) => (
                    <tr key={m.id} class={m.status === 'active' ? undefined : 'row-muted'}>
                      <td data-label={t('providers.provider')}>
                        <div class="person">
                          <OrgAvatar name={m.providerName} kind="provider" />
                          <span class="person-name">{m.providerName}</span>
                        </div>
                      </td>
                      <td data-label={t('roster.status')}>
                        <StatusBadge tone={STATUS_TONE.roster[m.status]} label={t(`rosterStatus.${m.status}`)} />
                      </td>
                      <td data-label={t('roster.responded')}>{formatDate(m.removedAt ?? m.respondedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Card>
          )}
        </>
      )}
    </>
  );
}
