import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { en, type MessageKey, type Messages } from './en';
import { ja } from './ja';
import { zhCN } from './zh-CN';

export type { MessageKey } from './en';

export const LOCALES = ['en', 'ja', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

const CATALOGS: Record<Locale, Messages> = { en, ja, 'zh-CN': zhCN };

/** Each language is named in itself, so a reader can find theirs whatever the page is in. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ja: '日本語', 'zh-CN': '简体中文' };

const STORAGE_KEY = 'xp.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Whether a language was chosen on this device (else the account's or the browser's applies). */
export function hasChosenLocale(): boolean {
  try {
    return isLocale(localStorage.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

/** The remembered choice, else the browser's preference, else English. */
function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // Storage can be disabled; the browser preference still applies.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('ja')) return 'ja';
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
  formatDate(ms: number | null | undefined): string;
  formatDateTime(ms: number | null | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ComponentChildren }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered on this device; the account's saved locale still is.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const messages = CATALOGS[locale];
    const t: Translate = (key, vars) => {
      const text = messages[key] ?? en[key];
      return vars ? text.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all)) : text;
    };
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      locale,
      setLocale,
      t,
      formatDate: (ms) => (ms == null ? '—' : date.format(ms)),
      formatDateTime: (ms) => (ms == null ? '—' : dateTime.format(ms)),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** Sets the document title from a message key, as "<page> · Xuanpin". */
export function useTitle(key: MessageKey) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.pageTitle', { page: t(key) });
  }, [t, key]);
}
