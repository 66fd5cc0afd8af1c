import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n';
import { Brand } from './brand';
import { Icon, type IconName } from './icon';
import { LanguageSelect } from './language-select';

const AUDIENCES: { kind: 'merchant' | 'provider' | 'creator'; icon: IconName }[] = [
  { kind: 'merchant', icon: 'box' },
  { kind: 'provider', icon: 'flag' },
  { kind: 'creator', icon: 'sparkles' },
];

/** Sign-in, sign-up and invitations: the form beside a panel that says what Xuanpin is for. */
export function AuthLayout({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <div class="auth">
      <aside class="auth-panel">
        <div class="auth-panel-inner">
          <Brand />
          <p class="auth-tagline">{t('app.tagline')}</p>
          <ul class="auth-audiences">
            {AUDIENCES.map((a) => (
              <li key={a.kind}>
                <span class="auth-audience-icon">
                  <Icon name={a.icon} />
                </span>
                <span>
                  <strong>{t(`kind.${a.kind}`)}</strong>
                  <span>{t(`kind.${a.kind}.help`)}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      </aside>
      <div class="auth-main">
        <header class="auth-header">
          <span class="auth-header-brand">
            <Brand />
          </span>
          <LanguageSelect />
        </header>
        <main id="main" class="auth-content">
          <div class="auth-card">{children}</div>
        </main>
      </div>
    </div>
  );
}
