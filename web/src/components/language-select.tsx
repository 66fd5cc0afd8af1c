import { useId } from 'preact/hooks';
import { api, unwrap } from '../api/client';
import { LOCALE_NAMES, LOCALES, isLocale, useI18n } from '../i18n';
import { useSession } from '../state/session';
import { Icon } from './icon';

/** The language switch: remembered on this device, and on the account when signed in. */
export function LanguageSelect() {
  const { locale, setLocale, t } = useI18n();
  const { state } = useSession();
  const id = useId();
  const change = (value: string) => {
    if (!isLocale(value)) return;
    setLocale(value);
    // Best effort: the choice already applies here; the account keeps it for other devices.
    if (state?.user) void unwrap(api.auth.me.$patch({ json: { locale: value } })).catch(() => {});
  };
  return (
    <div class="language-select">
      <label for={id} class="visually-hidden">
        {t('locale.label')}
      </label>
      <Icon name="globe" />
      <select id={id} value={locale} onChange={(e) => change(e.currentTarget.value)} data-testid="language">
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <Icon name="chevronDown" size={14} class="language-chevron" />
    </div>
  );
}
