import { useState } from 'preact/hooks';
import { api, unwrap } from '../../api/client';
import { CopyButton } from '../../components/copy-button';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState, ErrorNotice, SkeletonRows } from '../../components/feedback';
import { FilterTabs } from '../../components/filter-tabs';
import { Icon } from '../../components/icon';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { Pager } from '../../components/pager';
import { QrDialog } from '../../components/qr-dialog';
import { StatusBadge } from '../../components/status-badge';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { errorText } from '../../lib/errors';
import { formatInteger } from '../../lib/figures';
import { useCursorPages } from '../../lib/paging';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';
import { utcDay, type LinkStatus, type PromoLink } from './types';
import './links.css';

type StatusFilter = 'all' | LinkStatus;

/** Clicks counted per link over the last `days` UTC days (today included). */
async function countedByLink(days: number) {
  const answer = await unwrap(api.v1.analytics.links.$get({ query: { from: utcDay(days - 1), groupBy: 'link' } }));
  return new Map(answer.rows.map((r) => [r.linkId, r.counted]));
}

/** The creator's links: copy, QR, status, today's and the week's counted clicks, disable / enable. */
export function Links() {
  useTitle('links.title');
  const { t, locale, formatDate } = useI18n();
  const { activeOrg } = useSession();
  const toast = useToast();
  const canWrite = useCanWrite();
  const pages = useCursorPages();
  const [status, setStatus] = useState<StatusFilter>('all');
  const [subIdText, setSubIdText] = useState('');
  const [subId, setSubId] = useState('');
  const [qr, setQr] = useState<PromoLink | null>(null);
  const [disabling, setDisabling] = useState<PromoLink | null>(null);

  const list = useResource(
    () =>
      unwrap(
        api.v1.links.$get({
          query: { limit: '50', ...(pages.cursor ? { cursor: pages.cursor } : {}), ...(status !== 'all' ? { status } : {}), ...(subId ? { subId } : {}) },
        }),
      ),
    [activeOrg?.id, pages.cursor, status, subId],
  );
  const clicks = useResource(async () => {
    const [today, week] = await Promise.all([countedByLink(1), countedByLink(7)]);
    return { today, week };
  }, [activeOrg?.id]);

  const setLinkStatus = useAction(async (link: PromoLink, next: LinkStatus) => {
    const changed =
      next === 'disabled'
        ? await unwrap(api.v1.links[':id'].disable.$post({ param: { id: link.id } }))
        : await unwrap(api.v1.links[':id'].enable.$post({ param: { id: link.id } }));
    toast(t(next === 'disabled' ? 'links.disabled' : 'links.enabled', { code: changed.code }));
    setDisabling(null);
    await list.reload();
  });
  const toggle = async (link: PromoLink, next: LinkStatus) => {
    await setLinkStatus.run(link, next);
  };

  const filtered = status !== 'all' || !!subId;
  const rows = list.data?.data ?? [];
  const csvQuery = new URLSearchParams({ ...(status !== 'all' ? { status } : {}), ...(subId ? { subId } : {}) }).toString();
  const figure = (map: Map<string, number> | undefined, id: string) => (map ? formatInteger(map.get(id) ?? 0, locale) : '…');

  return (
    <>
      <PageHeader
        title={t('links.title')}
        subtitle={t('links.subtitle')}
        actions={
          <>
            <a class="btn btn-secondary" href="/links/analytics">
              <Icon name="percent" />
              {t('links.analytics')}
            </a>
            {canWrite && (
              <a class="btn btn-primary" href="/links/bulk">
                <Icon name="stack" />
                {t('links.bulk')}
              </a>
            )}
          </>
        }
      />
      <Card>
        <div class="filters-row">
          <FilterTabs
            label={t('links.status')}
            value={status}
            onValue={(next) => {
              setStatus(next);
              pages.reset();
            }}
            options={[
              { value: 'all', label: t('links.all') },
              { value: 'active', label: t('linkStatus.active') },
              { value: 'disabled', label: t('linkStatus.disabled') },
            ]}
          />
          <form
            class="filters-row-end links-subid-filter"
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              setSubId(subIdText.trim());
              pages.reset();
            }}
          >
            <label class="search-box">
              <Icon name="search" class="search-icon" />
              <span class="visually-hidden">{t('links.subIdFilter')}</span>
              <input class="input" type="search" name="subId" placeholder={`${t('links.subIdFilter')} · ${t('links.subIdPlaceholder')}`} value={subIdText} onInput={(e) => setSubIdText(e.currentTarget.value)} />
            </label>
          </form>
        </div>
      </Card>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {/* An enable that failed (a disable fails inside its dialog). */}
      {!disabling && <ErrorNotice error={setLinkStatus.error} />}
      <Card
        title={t('links.title')}
        actions={
          <a class="btn btn-ghost btn-sm" href={`/v1/links.csv${csvQuery ? `?${csvQuery}` : ''}`} download="links.csv">
            <Icon name="download" size={16} />
            {t('links.downloadCsv')}
          </a>
        }
      >
        <p class="card-help">{t('links.clicksHelp')}</p>
        {list.loading && !list.data ? (
          <SkeletonRows rows={4} />
        ) : rows.length === 0 ? (
          <EmptyState icon="link">
            {filtered ? t('links.emptyFiltered') : t('links.empty')}
            <span class="empty-actions">
              {filtered ? (
                <button
                  type="button"
                  class="btn btn-secondary btn-sm"
                  onClick={() => {
                    setStatus('all');
                    setSubId('');
                    setSubIdText('');
                    pages.reset();
                  }}
                >
                  {t('links.clearFilters')}
                </button>
              ) : (
                <a class="btn btn-secondary btn-sm" href="/offers">
                  {t('links.browseOffers')}
                </a>
              )}
            </span>
          </EmptyState>
        ) : (
          <table class="table links-table" data-testid="links">
            <thead>
              <tr>
                <th scope="col">{t('links.product')}</th>
                <th scope="col">{t('links.link')}</th>
                <th scope="col">{t('links.status')}</th>
                <th scope="col" class="cell-num">
                  {t('links.today')}
                </th>
                <th scope="col" class="cell-num">
                  {t('links.week')}
                </th>
                <th scope="col">
                  <span class="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((l) => (
                <tr key={l.id} data-testid="link-row" class={l.status === 'disabled' ? 'row-muted' : undefined}>
                  <td data-label={t('links.product')}>
                    <a class="cell-strong cell-link" href={`/offers/${l.offerId}`}>
                      {l.productTitle}
                    </a>
                    <span class="cell-sub">
                      {l.subId && <span class="sub-id">{l.subId}</span>}
                      {t('links.createdOn', { date: formatDate(l.createdAt) })}
                    </span>
                  </td>
                  <td data-label={t('links.link')} class="cell-short-url">
                    <span class="short-url-row short-url-row-compact">
                      <code class="short-url" data-testid="link-url">
                        {l.shortUrl.replace(/^https?:\/\//, '')}
                      </code>
                      <CopyButton value={l.shortUrl} label={t('copy.copyLink', { url: l.shortUrl })} compact />
                    </span>
                  </td>
                  <td data-label={t('links.status')}>
                    <span class="cell-badges cell-badges-inline">
                      <StatusBadge tone={l.status === 'active' ? 'success' : 'muted'} label={t(`linkStatus.${l.status}`)} testId="link-status" />
                      {!l.offerOpen && <StatusBadge tone="warning" label={t('links.offerEnded')} />}
                    </span>
                  </td>
                  <td data-label={t('links.today')} class="cell-num" data-testid="clicks-today">
                    {figure(clicks.data?.today, l.id)}
                  </td>
                  <td data-label={t('links.week')} class="cell-num" data-testid="clicks-week">
                    {figure(clicks.data?.week, l.id)}
                  </td>
                  <td class="cell-actions">
                    <span class="row-actions">
                      <button type="button" class="btn btn-ghost btn-sm" onClick={() => setQr(l)}>
                        <Icon name="image" size={16} />
                        {t('links.qr')}
                      </button>
                      <a class="btn btn-ghost btn-sm" href={`/links/analytics?link=${encodeURIComponent(l.id)}`}>
                        <Icon name="percent" size={16} />
                        {t('links.chart')}
                      </a>
                      {canWrite &&
                        (l.status === 'active' ? (
                          <button type="button" class="btn btn-ghost btn-sm btn-danger-text" onClick={() => setDisabling(l)}>
                            {t('links.disable')}
                          </button>
                        ) : (
                          <button type="button" class="btn btn-secondary btn-sm" disabled={setLinkStatus.pending} onClick={() => void toggle(l, 'active')}>
                            {t('links.enable')}
                          </button>
                        ))}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager page={pages.page} hasPrevious={pages.hasPrevious} hasNext={!!list.data?.nextCursor} onPrevious={pages.previous} onNext={() => pages.next(list.data?.nextCursor)} busy={list.loading} />
      </Card>
      {qr && <QrDialog link={qr} onClose={() => setQr(null)} />}
      {disabling && (
        <ConfirmDialog
          title={t('links.disableTitle', { product: disabling.productTitle })}
          confirmLabel={t('links.disable')}
          pending={setLinkStatus.pending}
          onConfirm={() => void toggle(disabling, 'disabled')}
          onCancel={() => setDisabling(null)}
        >
          <p>{t('links.disableBody')}</p>
          {setLinkStatus.error != null && <p class="field-error">{errorText(setLinkStatus.error, t)}</p>}
        </ConfirmDialog>
      )}
    </>
  );
}
