import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, unwrap } from '../../api/client';
import { ClickChart } from '../../components/click-chart';
import { EmptyState, ErrorNotice, Notice, SkeletonRows } from '../../components/feedback';
import { Field } from '../../components/field';
import { Icon } from '../../components/icon';
import { Card, PageHeader } from '../../components/page';
import { useI18n, useTitle } from '../../i18n';
import { formatInteger } from '../../lib/figures';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';
import { utcDay } from './types';
import './links.css';

const PRESETS = [7, 30, 90] as const;

/** Clicks per day (counted / bots / repeats) for all the creator's links or one, over a range of UTC days. */
export function LinkAnalyticsPage() {
  useTitle('analytics.title');
  const { t, locale } = useI18n();
  const { activeOrg } = useSession();
  const { query } = useLocation();
  const initial = { linkId: query.link ?? '', from: utcDay(29), to: utcDay(0) };
  const [draft, setDraft] = useState(initial);
  const [applied, setApplied] = useState(initial);
  const [invalid, setInvalid] = useState(false);

  // The link picker: the newest 200 links are plenty for a live stream's worth.
  const links = useResource(() => unwrap(api.v1.links.$get({ query: { limit: '200' } })), [activeOrg?.id]);
  const stats = useResource(
    () =>
      unwrap(
        api.v1.analytics.links.$get({
          query: { from: applied.from, to: applied.to, groupBy: 'link', ...(applied.linkId ? { linkId: applied.linkId } : {}) },
        }),
      ),
    [activeOrg?.id, applied],
  );

  const apply = (next: typeof draft) => {
    if (!next.from || !next.to || next.from > next.to) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setDraft(next);
    setApplied(next);
  };
  const preset = (days: number) => apply({ ...draft, from: utcDay(days - 1), to: utcDay(0) });
  const span = Math.round((Date.parse(applied.to) - Date.parse(applied.from)) / 86_400_000) + 1;
  const data = stats.data;
  const n = (v: number) => formatInteger(v, locale);

  return (
    <>
      <a class="back-link" href="/links">
        <Icon name="chevronLeft" size={16} />
        {t('analytics.back')}
      </a>
      <PageHeader title={t('analytics.title')} subtitle={t('analytics.subtitle')} />
      <Card>
        <form
          class="analytics-filters"
          onSubmit={(e) => {
            e.preventDefault();
            apply(draft);
          }}
        >
          <Field label={t('analytics.link')}>
            {({ id }) => (
              <select id={id} class="select" name="link" value={draft.linkId} onChange={(e) => apply({ ...draft, linkId: e.currentTarget.value })} data-testid="analytics-link">
                <option value="">{t('analytics.allLinks')}</option>
                {(links.data?.data ?? []).map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.productTitle}
                    {l.subId ? ` · ${l.subId}` : ''} · {l.code}
                  </option>
                ))}
                {/* A link from the URL that is not among the newest 200 still shows as chosen. */}
                {draft.linkId && links.data && !links.data.data.some((l) => l.id === draft.linkId) && <option value={draft.linkId}>{draft.linkId}</option>}
              </select>
            )}
          </Field>
          <Field label={t('analytics.from')} error={invalid ? t('analytics.rangeInvalid') : undefined}>
            {({ id, describedBy }) => (
              <input id={id} class="input" type="date" name="from" value={draft.from} max={draft.to} aria-describedby={describedBy} onInput={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
            )}
          </Field>
          <Field label={t('analytics.to')}>
            {({ id }) => <input id={id} class="input" type="date" name="to" value={draft.to} min={draft.from} max={utcDay(0)} onInput={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />}
          </Field>
          <div class="analytics-actions">
            <button type="submit" class="btn btn-primary">
              {t('analytics.show')}
            </button>
          </div>
        </form>
        <div class="filter-tabs analytics-presets" role="group" aria-label={t('analytics.perDay')}>
          {PRESETS.map((days) => (
            <button key={days} type="button" class="filter-tab" aria-pressed={applied.to === utcDay(0) && span === days} onClick={() => preset(days)}>
              {t('analytics.days', { days })}
            </button>
          ))}
        </div>
      </Card>
      <ErrorNotice error={stats.error} onRetry={stats.reload} />
      <Card title={t('analytics.perDay')} actions={stats.loading && data ? <span class="spinner" aria-hidden="true" /> : undefined}>
        <p class="card-help">{t('analytics.utc')}</p>
        {!data ? <SkeletonRows rows={4} /> : <ClickChart days={data.days} />}
      </Card>
      <Card title={t('analytics.perLink')}>
        {!data ? (
          <SkeletonRows rows={3} />
        ) : data.rows.length === 0 ? (
          <EmptyState icon="percent">{t('analytics.noClicks')}</EmptyState>
        ) : (
          <>
            {data.truncated && (
              <Notice tone="info">
                <p>{t('analytics.truncated')}</p>
              </Notice>
            )}
            <table class="table" data-testid="analytics-links">
              <thead>
                <tr>
                  <th scope="col">{t('links.product')}</th>
                  <th scope="col" class="cell-num">
                    {t('analytics.counted')}
                  </th>
                  <th scope="col" class="cell-num">
                    {t('analytics.duplicate')}
                  </th>
                  <th scope="col" class="cell-num">
                    {t('analytics.bot')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.linkId}>
                    <td data-label={t('links.product')}>
                      <button type="button" class="btn btn-link cell-strong analytics-link-name" onClick={() => apply({ ...draft, linkId: r.linkId })}>
                        {r.productTitle}
                      </button>
                      <span class="cell-sub">
                        {r.subId && <span class="sub-id">{r.subId}</span>}
                        <code>{r.code}</code>
                      </span>
                    </td>
                    <td data-label={t('analytics.counted')} class="cell-num cell-strong">
                      {n(r.counted)}
                    </td>
                    <td data-label={t('analytics.duplicate')} class="cell-num">
                      {n(r.duplicate)}
                    </td>
                    <td data-label={t('analytics.bot')} class="cell-num">
                      {n(r.bot)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Card>
    </>
  );
}
