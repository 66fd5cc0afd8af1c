import { useMemo, useState } from 'preact/hooks';
import { api, unwrap } from '../../api/client';
import { CopyButton } from '../../components/copy-button';
import { EmptyState, ErrorNotice, FormError, Notice, SkeletonRows } from '../../components/feedback';
import { TextField } from '../../components/field';
import { Icon } from '../../components/icon';
import { Card, PageHeader } from '../../components/page';
import { StatusBadge, type Tone } from '../../components/status-badge';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { formatBps } from '../../lib/money';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';
import { bulkResultsCsv, saveFile } from './csv';
import { MAX_BULK, SUB_ID, type BulkLinks } from './types';
import './links.css';

const RESULT_TONE: Record<BulkLinks['data'][number]['result'], Tone> = { created: 'success', existing: 'info', failed: 'danger' };

/** A live stream's run sheet: links for up to 200 offers at once, one sub-id for all, then a CSV of the results. */
export function BulkLinks() {
  useTitle('bulk.title');
  const { t } = useI18n();
  const toast = useToast();
  const { activeOrg } = useSession();
  const offers = useResource(() => unwrap(api.v1.offers.$get({ query: { limit: String(MAX_BULK) } })), [activeOrg?.id]);
  const [selected, setSelected] = useState<string[]>([]);
  const [filter, setFilter] = useState('');
  const [subId, setSubId] = useState('');
  const [results, setResults] = useState<{ answer: BulkLinks; subId: string } | null>(null);

  const all = offers.data?.data ?? [];
  const titles = useMemo(() => new Map(all.map((o) => [o.id, o.productTitle])), [all]);
  const shown = filter.trim() ? all.filter((o) => o.productTitle.toLowerCase().includes(filter.trim().toLowerCase())) : all;
  const chosen = new Set(selected);

  const generate = useAction(async () => {
    const sub = subId.trim();
    const answer = await unwrap(api.v1.links.bulk.$post({ json: { offerIds: selected, ...(sub ? { subId: sub } : {}) } }));
    setResults({ answer, subId: sub });
    toast(t('bulk.done', { count: answer.created + answer.existing }));
  });
  const form = useFormErrors(generate, { subId: 'subId', offerIds: 'offers' }, t);
  const toggle = (id: string) => {
    form.edited('offers');
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  };

  const header = (
    <>
      <a class="back-link" href="/links">
        <Icon name="chevronLeft" size={16} />
        {t('bulk.back')}
      </a>
      <PageHeader title={t('bulk.title')} subtitle={t('bulk.subtitle', { max: MAX_BULK })} />
    </>
  );

  if (results) {
    const { answer } = results;
    return (
      <>
        {header}
        <Card
          title={t('bulk.results')}
          actions={
            <span class="row-actions">
              <button type="button" class="btn btn-primary btn-sm" onClick={() => saveFile(bulkResultsCsv(answer.data, titles, results.subId), `links${results.subId ? `-${results.subId}` : ''}.csv`)}>
                <Icon name="download" size={16} />
                {t('bulk.downloadCsv')}
              </button>
              <button
                type="button"
                class="btn btn-secondary btn-sm"
                onClick={() => {
                  setResults(null);
                  setSelected([]);
                }}
              >
                {t('bulk.again')}
              </button>
            </span>
          }
        >
          <p class="card-help" data-testid="bulk-summary">
            {t('bulk.summary', { created: answer.created, existing: answer.existing, failed: answer.failed })}
          </p>
          <table class="table" data-testid="bulk-results">
            <thead>
              <tr>
                <th scope="col">{t('links.product')}</th>
                <th scope="col">{t('bulk.result')}</th>
                <th scope="col">{t('links.link')}</th>
              </tr>
            </thead>
            <tbody>
              {answer.data.map((r, i) => (
                <tr key={`${r.offerId}-${i}`} data-testid="bulk-result">
                  <td data-label={t('links.product')}>
                    <span class="cell-strong">{r.link?.productTitle ?? titles.get(r.offerId) ?? r.offerId}</span>
                    {r.link?.subId && (
                      <span class="cell-sub">
                        <span class="sub-id">{r.link.subId}</span>
                      </span>
                    )}
                  </td>
                  <td data-label={t('bulk.result')}>
                    <StatusBadge tone={RESULT_TONE[r.result]} label={t(`bulk.result.${r.result}`)} />
                  </td>
                  <td data-label={t('links.link')} class="cell-short-url">
                    {r.link ? (
                      <span class="short-url-row short-url-row-compact">
                        <code class="short-url">{r.link.shortUrl.replace(/^https?:\/\//, '')}</code>
                        <CopyButton value={r.link.shortUrl} label={t('copy.copyLink', { url: r.link.shortUrl })} compact />
                      </span>
                    ) : (
                      <span class="field-error" data-testid="bulk-error">
                        {r.error?.message}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </>
    );
  }

  return (
    <>
      {header}
      <ErrorNotice error={offers.error} onRetry={offers.reload} />
      <form
        class="bulk-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const ok = form.check({
            offers: selected.length === 0 ? t('bulk.noneSelected') : selected.length > MAX_BULK && t('bulk.tooMany', { max: MAX_BULK }),
            subId: subId.trim() !== '' && !SUB_ID.test(subId.trim()) && t('getLink.subIdInvalid'),
          });
          if (ok) void generate.run();
        }}
      >
        <Card title={t('bulk.offers')}>
          {offers.loading && !offers.data ? (
            <SkeletonRows rows={4} />
          ) : all.length === 0 ? (
            <EmptyState icon="tag">
              {t('bulk.noOffers')}
              <span class="empty-actions">
                <a class="btn btn-secondary btn-sm" href="/providers">
                  {t('offers.seeInvitations')}
                </a>
              </span>
            </EmptyState>
          ) : (
            <>
              <div class="bulk-tools">
                <label class="search-box">
                  <Icon name="search" class="search-icon" />
                  <span class="visually-hidden">{t('bulk.filter')}</span>
                  <input class="input" type="search" placeholder={t('bulk.filter')} value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
                </label>
                <span class="row-actions">
                  <button
                    type="button"
                    class="btn btn-secondary btn-sm"
                    onClick={() => {
                      form.edited('offers');
                      setSelected((s) => [...new Set([...s, ...shown.map((o) => o.id)])].slice(0, MAX_BULK));
                    }}
                  >
                    {t('bulk.selectShown')}
                  </button>
                  <button type="button" class="btn btn-ghost btn-sm" disabled={selected.length === 0} onClick={() => setSelected([])}>
                    {t('bulk.clear')}
                  </button>
                </span>
              </div>
              {offers.data?.nextCursor && <p class="card-help">{t('bulk.moreOffers', { count: all.length })}</p>}
              <ul class="bulk-offers" data-testid="bulk-offers">
                {shown.map((o) => (
                  <li key={o.id}>
                    <label class={chosen.has(o.id) ? 'bulk-offer bulk-offer-on' : 'bulk-offer'}>
                      <input type="checkbox" checked={chosen.has(o.id)} onChange={() => toggle(o.id)} />
                      <span class="bulk-offer-text">
                        <span class="bulk-offer-title">{o.productTitle}</span>
                        <span class="cell-sub">
                          {o.activityName} · {o.providerName}
                        </span>
                      </span>
                      <span class="bulk-offer-rate">{formatBps(o.creatorRateBps)}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
        <div class="bulk-bar form-actions-sticky">
          <FormError message={form.errors.offers ?? form.formError ?? null} />
          <div class="bulk-bar-row">
            <TextField
              label={t('bulk.subId')}
              name="subId"
              value={subId}
              onValue={form.bind('subId', setSubId)}
              error={form.errors.subId}
              placeholder={t('links.subIdPlaceholder')}
              optional
              maxLength={64}
            />
            <div class="bulk-submit">
              <span class="bulk-count" data-testid="bulk-count" aria-live="polite">
                {t('bulk.selected', { count: selected.length, max: MAX_BULK })}
              </span>
              <button type="submit" class="btn btn-primary" disabled={generate.pending || all.length === 0}>
                <Icon name="stack" />
                {generate.pending ? t('bulk.generating') : t('bulk.generate')}
              </button>
            </div>
          </div>
          {!generate.pending && generate.error == null && selected.length > MAX_BULK && (
            <Notice tone="warning">
              <p>{t('bulk.tooMany', { max: MAX_BULK })}</p>
            </Notice>
          )}
        </div>
      </form>
    </>
  );
}
