import { api, unwrap } from '../api/client';
import type { OrgKind } from '../api/types';
import { ErrorNotice } from '../components/feedback';
import { LiveTile } from '../components/live-tile';
import { Icon, type IconName } from '../components/icon';
import { OrgAvatar } from '../components/org-avatar';
import { Card, PageHeader } from '../components/page';
import { useI18n, useTitle, type MessageKey } from '../i18n';
import { pageCount } from '../lib/paging';
import { useResource } from '../lib/use-resource';
import { useSession } from '../state/session';

interface Section {
  title: MessageKey;
  help: MessageKey;
  icon: IconName;
}

interface LiveSection extends Section {
  href: string;
  /** The figure on the tile, counted from the first page (up to 200) of a list. */
  figure?: () => Promise<string | null>;
  caption?: MessageKey;
}

const FIRST = { limit: '200' } as const;

/** What each kind of organization works with today, with a live figure per section. */
const LIVE: Record<OrgKind, LiveSection[]> = {
  merchant: [
    { href: '/catalog', title: 'section.catalog', help: 'section.catalog.help', icon: 'box', caption: 'home.figure.products', figure: async () => pageCount(await unwrap(api.v1.products.$get({ query: FIRST }))) },
    { href: '/marketplace', title: 'section.merchantActivities', help: 'section.merchantActivities.help', icon: 'flag', caption: 'home.figure.openActivities', figure: async () => pageCount(await unwrap(api.v1.marketplace.activities.$get({ query: FIRST }))) },
    { href: '/applications', title: 'section.myApplications', help: 'section.myApplications.help', icon: 'clipboard', caption: 'home.figure.approved', figure: async () => pageCount(await unwrap(api.v1.enrollments.$get({ query: { ...FIRST, status: 'approved' } }))) },
    { href: '/samples', title: 'section.samples', help: 'section.samples.help', icon: 'gift', caption: 'home.figure.toApprove', figure: async () => pageCount(await unwrap(api.v1.samples.$get({ query: { ...FIRST, status: 'requested' } }))) },
  ],
  provider: [
    { href: '/activities', title: 'section.providerActivities', help: 'section.providerActivities.help', icon: 'flag', caption: 'home.figure.open', figure: async () => pageCount(await unwrap(api.v1.activities.$get({ query: { ...FIRST, status: 'open' } }))) },
    { href: '/applications', title: 'section.applications', help: 'section.applications.help', icon: 'clipboard', caption: 'home.figure.toReview', figure: async () => pageCount(await unwrap(api.v1.enrollments.$get({ query: { ...FIRST, status: 'applied' } }))) },
    { href: '/roster', title: 'section.roster', help: 'section.roster.help', icon: 'list', caption: 'home.figure.active', figure: async () => pageCount(await unwrap(api.v1.roster.$get({ query: { ...FIRST, status: 'active' } }))) },
    { href: '/creators', title: 'section.creators', help: 'section.creators.help', icon: 'sparkles', caption: 'home.figure.listed', figure: async () => pageCount(await unwrap(api.v1.creators.$get({ query: FIRST }))) },
    { href: '/samples', title: 'section.samples', help: 'section.providerSamples.help', icon: 'gift', caption: 'home.figure.inProgress', figure: async () => pageCount(await unwrap(api.v1.samples.$get({ query: { ...FIRST, status: 'shipped' } }))) },
  ],
  creator: [
    { href: '/offers', title: 'section.offers', help: 'section.offers.help', icon: 'tag', caption: 'home.figure.openToYou', figure: async () => pageCount(await unwrap(api.v1.offers.$get({ query: FIRST }))) },
    { href: '/links', title: 'section.links', help: 'section.links.help', icon: 'link', caption: 'home.figure.links', figure: async () => pageCount(await unwrap(api.v1.links.$get({ query: FIRST }))) },
    { href: '/samples', title: 'section.samples', help: 'section.creatorSamples.help', icon: 'gift', caption: 'home.figure.toPost', figure: async () => pageCount(await unwrap(api.v1.samples.$get({ query: { ...FIRST, status: 'delivered' } }))) },
    { href: '/providers', title: 'section.providers', help: 'section.providers.help', icon: 'mail', caption: 'home.figure.invitations', figure: async () => pageCount(await unwrap(api.v1.roster.$get({ query: { ...FIRST, status: 'invited' } }))) },
    { href: '/profile', title: 'section.profile', help: 'section.profile.help', icon: 'user' },
  ],
  platform: [],
};

/** What each kind will get next: the surfaces of the product design not built yet. */
const SOON: Record<OrgKind, Section[]> = {
  merchant: [{ title: 'section.orders', help: 'section.orders.help', icon: 'receipt' }],
  provider: [],
  creator: [
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

/** The overview of the active organization: its sections with live figures, and what its kind will get next. */
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
      {LIVE[kind].length > 0 && (
        <section class="workspace" aria-labelledby="workspace-title">
          <div class="section-head">
            <h2 id="workspace-title" class="section-title">
              {t('home.workspace')}
            </h2>
            <p class="section-help">{t(`home.workspaceHelp.${kind}`)}</p>
          </div>
          <ul class="tiles" data-testid="live-tiles">
            {LIVE[kind].map((s) => (
              <LiveTile
                key={s.href}
                href={s.href}
                icon={s.icon}
                title={t(s.title)}
                help={t(s.help)}
                figure={s.figure}
                caption={s.caption ? t(s.caption) : undefined}
                testId={`tile-${s.href.slice(1)}`}
              />
            ))}
          </ul>
        </section>
      )}
      {SOON[kind].length > 0 && (
        <section class="upcoming" aria-labelledby="upcoming-title">
          <div class="section-head">
            <h2 id="upcoming-title" class="section-title">
              {t('home.next')}
            </h2>
            <p class="section-help">{t('home.nextHelp')}</p>
          </div>
          <ul class="tiles">
            {SOON[kind].map((s) => (
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
      )}
    </>
  );
}
