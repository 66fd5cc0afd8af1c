import { api, unwrap } from '../api/client';
import type { OrgKind } from '../api/types';
import { ErrorNotice } from '../components/feedback';
import { Icon, type IconName } from '../components/icon';
import { OrgAvatar } from '../components/org-avatar';
import { Card, PageHeader } from '../components/page';
import { useI18n, useTitle, type MessageKey } from '../i18n';
import { useResource } from '../lib/use-resource';
import { useSession } from '../state/session';

interface Section {
  title: MessageKey;
  help: MessageKey;
  icon: IconName;
}

/** What each kind of organization will find here as the product grows: the surfaces of the product design, by role. */
const SECTIONS: Record<OrgKind, Section[]> = {
  merchant: [
    { title: 'section.catalog', help: 'section.catalog.help', icon: 'box' },
    { title: 'section.merchantActivities', help: 'section.merchantActivities.help', icon: 'flag' },
    { title: 'section.samples', help: 'section.samples.help', icon: 'gift' },
    { title: 'section.orders', help: 'section.orders.help', icon: 'receipt' },
  ],
  provider: [
    { title: 'section.providerActivities', help: 'section.providerActivities.help', icon: 'flag' },
    { title: 'section.applications', help: 'section.applications.help', icon: 'clipboard' },
    { title: 'section.roster', help: 'section.roster.help', icon: 'list' },
    { title: 'section.creators', help: 'section.creators.help', icon: 'sparkles' },
  ],
  creator: [
    { title: 'section.offers', help: 'section.offers.help', icon: 'tag' },
    { title: 'section.links', help: 'section.links.help', icon: 'link' },
    { title: 'section.earnings', help: 'section.earnings.help', icon: 'wallet' },
  ],
  platform: [
    { title: 'section.fees', help: 'section.fees.help', icon: 'percent' },
    { title: 'section.holds', help: 'section.holds.help', icon: 'shield' },
    { title: 'section.payouts', help: 'section.payouts.help', icon: 'banknote' },
  ],
};

const QUICK: { href: string; title: MessageKey; help: MessageKey; icon: IconName; external?: boolean }[] = [
  { href: '/settings/invitations', title: 'home.quick.invite', help: 'home.quick.inviteHelp', icon: 'mail' },
  { href: '/settings/keys', title: 'home.quick.key', help: 'home.quick.keyHelp', icon: 'key' },
  { href: '/docs', title: 'home.quick.docs', help: 'home.quick.docsHelp', icon: 'book', external: true },
];

/** The overview of the active organization: what exists now, and what its kind will get next. */
export function Home() {
  useTitle('nav.overview');
  const { t, formatDate } = useI18n();
  const { state, activeOrg } = useSession();
  const orgId = activeOrg?.id;
  const org = useResource(() => unwrap(api.v1.organization.$get()), [orgId]);
  const members = useResource(() => unwrap(api.v1.members.$get({ query: { limit: '200' } })), [orgId]);
  if (!activeOrg || !state?.user) return null;
  const kind = activeOrg.kind;
  const memberCount = members.data ? `${members.data.data.length}${members.data.nextCursor ? '+' : ''}` : null;

  return (
    <>
      <PageHeader title={t('home.welcome', { name: state.user.name })} subtitle={t(`home.subtitle.${kind}`)} />
      <div class="overview-grid">
        <Card class="org-card" title={t('home.organization')}>
          <div class="org-card-head">
            <OrgAvatar name={activeOrg.name} kind={kind} size="lg" />
            <div>
              <p class="org-card-name" data-testid="org-name">
                {activeOrg.name}
              </p>
              <p class="org-card-slug">{activeOrg.slug}</p>
            </div>
          </div>
          <dl class="stats">
            <div class="stat">
              <dt>{t('home.kind')}</dt>
              <dd>
                <span class={`badge badge-kind-${kind}`}>{t(`kind.${kind}`)}</span>
              </dd>
            </div>
            <div class="stat">
              <dt>{t('home.role')}</dt>
              <dd>{t(`role.${activeOrg.role}`)}</dd>
            </div>
            <div class="stat">
              <dt>{t('home.members')}</dt>
              <dd data-testid="member-count">{memberCount ?? <span class="skeleton skeleton-inline" />}</dd>
            </div>
            <div class="stat">
              <dt>{t('home.created')}</dt>
              <dd>{org.data ? formatDate(org.data.createdAt) : <span class="skeleton skeleton-inline" />}</dd>
            </div>
          </dl>
          <ErrorNotice error={org.error ?? members.error} onRetry={() => void Promise.all([org.reload(), members.reload()])} />
          <a class="card-link" href="/settings/members">
            {t('home.manageMembers')}
            <Icon name="arrowRight" size={16} />
          </a>
        </Card>
        <Card class="quick-card" title={t('home.quick')}>
          <ul class="quick-list">
            {QUICK.map((q) => (
              <li key={q.href}>
                <a href={q.href} class="quick-item" {...(q.external ? { target: '_blank', rel: 'noopener' } : {})}>
                  <span class="quick-icon">
                    <Icon name={q.icon} />
                  </span>
                  <span class="quick-text">
                    <span class="quick-title">{t(q.title)}</span>
                    <span class="quick-help">{t(q.help)}</span>
                  </span>
                  <Icon name="arrowRight" size={16} class="quick-arrow" />
                </a>
              </li>
            ))}
          </ul>
        </Card>
      </div>
      <section class="upcoming" aria-labelledby="upcoming-title">
        <div class="section-head">
          <h2 id="upcoming-title" class="section-title">
            {t('home.next')}
          </h2>
          <p class="section-help">{t('home.nextHelp')}</p>
        </div>
        <ul class="tiles">
          {SECTIONS[kind].map((s) => (
            <li key={s.title} class="tile">
              <div class="tile-top">
                <span class="tile-icon">
                  <Icon name={s.icon} size={20} />
                </span>
                <span class="badge badge-soon">{t('common.comingSoon')}</span>
              </div>
              <h3 class="tile-title">{t(s.title)}</h3>
              <p class="tile-help">{t(s.help)}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
