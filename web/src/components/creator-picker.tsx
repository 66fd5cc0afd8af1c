import { useEffect, useId, useState } from 'preact/hooks';
import { api, unwrap } from '../api/client';
import type { CreatorCard } from '../api/supply-types';
import { useI18n } from '../i18n';
import { formatCount } from '../lib/figures';
import { useResource } from '../lib/use-resource';
import { ErrorNotice } from './feedback';
import { Icon } from './icon';

/**
 * The creators a targeted plan names, picked from the directory by name or tag. Chosen creators stay listed as
 * chips (their names looked up once); the API receives their organization ids.
 */
export function CreatorPicker({ label, value, onValue, error }: { label: string; value: readonly string[]; onValue(ids: string[]): void; error?: string | null }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const results = useResource(
    () => (search === null ? Promise.resolve(null) : unwrap(api.v1.creators.$get({ query: { limit: '8', ...(search ? { q: search } : {}) } }))),
    [search],
  );

  // Names of creators chosen before (an activity being edited) come from their public cards.
  useEffect(() => {
    const missing = value.filter((v) => !(v in names));
    if (missing.length === 0) return;
    void Promise.all(
      missing.map((orgId) =>
        unwrap(api.v1.creators[':orgId'].$get({ param: { orgId } })).then(
          (c) => [orgId, c.displayName] as const,
          () => [orgId, orgId] as const,
        ),
      ),
    ).then((pairs) => setNames((n) => ({ ...n, ...Object.fromEntries(pairs) })));
  }, [value]);

  const add = (c: CreatorCard) => {
    setNames((n) => ({ ...n, [c.orgId]: c.displayName }));
    if (!value.includes(c.orgId)) onValue([...value, c.orgId]);
  };
  const run = () => setSearch(q.trim());

  return (
    <fieldset class="field creator-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend class="field-label">{label}</legend>
      {value.length === 0 ? (
        <p class="field-hint">{t('picker.none')}</p>
      ) : (
        <ul class="chips picked" data-testid="picked-creators">
          {value.map((orgId) => (
            <li key={orgId} class="chip chip-removable">
              {names[orgId] ?? '…'}
              <button type="button" class="chip-remove" aria-label={t('picker.remove', { name: names[orgId] ?? orgId })} onClick={() => onValue(value.filter((v) => v !== orgId))}>
                <Icon name="close" size={12} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="search-row">
        <label class="search-box">
          <Icon name="search" class="search-icon" />
          <span class="visually-hidden">{t('picker.search')}</span>
          <input
            class="input"
            type="search"
            value={q}
            placeholder={t('picker.search')}
            onInput={(e) => setQ(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                run();
              }
            }}
          />
        </label>
        <button type="button" class="btn btn-secondary" onClick={run}>
          {t('common.search')}
        </button>
      </div>
      <ErrorNotice error={results.error} />
      {results.data && (
        <ul class="picker-results">
          {results.data.data.length === 0 && <li class="muted">{t('picker.noResults')}</li>}
          {results.data.data.map((c) => (
            <li key={c.orgId} class="picker-result">
              <span class="person-avatar" aria-hidden="true">
                {Array.from(c.displayName.trim())[0]?.toUpperCase() ?? '?'}
              </span>
              <span class="person-text">
                <span class="person-name">{c.displayName}</span>
                <span class="person-email">
                  {t(`tier.${c.tier}`)} · {t('creators.followersValue', { count: formatCount(c.followers, locale) })}
                </span>
              </span>
              <button type="button" class="btn btn-secondary btn-sm" disabled={value.includes(c.orgId)} onClick={() => add(c)}>
                {value.includes(c.orgId) ? t('picker.added') : t('picker.add')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
