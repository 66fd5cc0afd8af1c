import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, unwrap } from '../api/client';
import type { OrgKind } from '../api/types';
import { useI18n, type MessageKey } from '../i18n';
import { errorText } from '../lib/errors';
import { useSession } from '../state/session';
import { Brand } from './brand';
import { Icon, type IconName } from './icon';
import { LanguageSelect } from './language-select';
import { OrgSwitcher } from './org-switcher';
import { useToast } from './toast';

const NAV: { href: string; label: MessageKey; icon: IconName; group: 'main' | 'settings'; kinds?: OrgKind[] }[] = [
  { href: '/', label: 'nav.overview', icon: 'home', group: 'main' },
  // The supply side, per kind of organization (pages/catalog, marketplace, activities, roster, creators, offers, samples).
  { href: '/catalog', label: 'nav.catalog', icon: 'box', group: 'main', kinds: ['merchant'] },
  { href: '/marketplace', label: 'nav.marketplace', icon: 'flag', group: 'main', kinds: ['merchant'] },
  { href: '/activities', label: 'nav.activities', icon: 'flag', group: 'main', kinds: ['provider'] },
  { href: '/applications', label: 'nav.applications', icon: 'clipboard', group: 'main', kinds: ['merchant', 'provider'] },
  { href: '/roster', label: 'nav.roster', icon: 'list', group: 'main', kinds: ['provider'] },
  { href: '/creators', label: 'nav.creators', icon: 'sparkles', group: 'main', kinds: ['provider'] },
  { href: '/offers', label: 'nav.offers', icon: 'tag', group: 'main', kinds: ['creator'] },
  { href: '/links', label: 'nav.links', icon: 'link', group: 'main', kinds: ['creator'] },
  { href: '/samples', label: 'nav.samples', icon: 'gift', group: 'main', kinds: ['merchant', 'provider', 'creator'] },
  { href: '/providers', label: 'nav.providers', icon: 'building', group: 'main', kinds: ['creator'] },
  { href: '/profile', label: 'nav.profile', icon: 'user', group: 'main', kinds: ['creator'] },
  // The money side (pages/orders, earnings, admin).
  { href: '/orders', label: 'nav.orders', icon: 'receipt', group: 'main', kinds: ['merchant', 'provider', 'creator'] },
  { href: '/earnings', label: 'nav.earnings', icon: 'banknote', group: 'main', kinds: ['creator', 'provider'] },
  { href: '/balance', label: 'nav.balance', icon: 'wallet', group: 'main', kinds: ['merchant'] },
  { href: '/admin/holds', label: 'nav.holds', icon: 'shield', group: 'main', kinds: ['platform'] },
  { href: '/settings/members', label: 'nav.members', icon: 'users', group: 'settings' },
  { href: '/settings/invitations', label: 'nav.invitations', icon: 'mail', group: 'settings' },
  { href: '/settings/keys', label: 'nav.apiKeys', icon: 'key', group: 'settings' },
];

/** The signed-in frame: a sidebar (a drawer on small screens) with the organization, navigation and account. */
export function AppShell({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const { state, refresh, activeOrg } = useSession();
  const { path, route } = useLocation();
  const toast = useToast();
  const [drawer, setDrawer] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  useEffect(() => setDrawer(false), [path]);
  useEffect(() => {
    if (!drawer) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setDrawer(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [drawer]);

  const signOut = async () => {
    setSigningOut(true);
    try {
      await unwrap(api.auth['sign-out'].$post());
      await refresh();
      route('/sign-in');
    } catch (err) {
      toast(errorText(err, t), 'error');
    } finally {
      setSigningOut(false);
    }
  };

  const link = (item: (typeof NAV)[number]) => {
    const current = item.href === '/' ? path === '/' : path.startsWith(item.href);
    return (
      <li key={item.href}>
        <a href={item.href} class="nav-link" aria-current={current ? 'page' : undefined}>
          <Icon name={item.icon} />
          <span>{t(item.label)}</span>
        </a>
      </li>
    );
  };

  const user = state?.user;

  return (
    <div class={drawer ? 'shell shell-drawer-open' : 'shell'}>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="topbar">
        <button
          type="button"
          class="icon-btn topbar-menu"
          aria-label={drawer ? t('nav.closeMenu') : t('nav.openMenu')}
          aria-expanded={drawer}
          aria-controls="sidebar"
          onClick={() => setDrawer(!drawer)}
        >
          <Icon name={drawer ? 'close' : 'menu'} size={20} />
        </button>
        <Brand />
        <div class="topbar-end">
          <LanguageSelect />
        </div>
      </header>
      <div class="shell-scrim" onClick={() => setDrawer(false)} aria-hidden="true" />
      <aside class="sidebar" id="sidebar">
        <div class="sidebar-brand">
          <Brand />
        </div>
        <OrgSwitcher onNavigate={() => setDrawer(false)} />
        <nav class="nav" aria-label={t('nav.label')}>
          <ul>{NAV.filter((n) => n.group === 'main' && (!n.kinds || (activeOrg && n.kinds.includes(activeOrg.kind)))).map(link)}</ul>
          <p class="nav-group">{t('nav.settings')}</p>
          <ul>{NAV.filter((n) => n.group === 'settings').map(link)}</ul>
          <ul class="nav-secondary">
            <li>
              <a href="/docs" class="nav-link" target="_blank" rel="noopener">
                <Icon name="book" />
                <span>{t('nav.apiReference')}</span>
              </a>
            </li>
          </ul>
        </nav>
        <div class="sidebar-footer">
          {user && (
            <div class="account" title={t('nav.account', { email: user.email })}>
              <span class="account-avatar" aria-hidden="true">
                {Array.from(user.name.trim())[0]?.toUpperCase() ?? '?'}
              </span>
              <span class="account-text">
                <span class="account-name">{user.name}</span>
                <span class="account-email">{user.email}</span>
              </span>
            </div>
          )}
          <button type="button" class="btn btn-ghost btn-block sign-out" onClick={signOut} disabled={signingOut}>
            <Icon name="logout" />
            <span>{t('nav.signOut')}</span>
          </button>
        </div>
      </aside>
      <main id="main" class="main" tabIndex={-1}>
        <div class="main-inner">{children}</div>
      </main>
    </div>
  );
}
