import { useI18n } from '../i18n';

/** The logo: a selection mark on vermilion, and the name. Links home. */
export function Brand() {
  const { t } = useI18n();
  return (
    <a href="/" class="brand">
      <svg class="brand-mark" viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="var(--brand)" />
        <path d="M9 16.5l4.5 4.5L23 11" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round" />
      </svg>
      <span class="brand-name">{t('app.name')}</span>
    </a>
  );
}
