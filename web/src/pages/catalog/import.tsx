import { useEffect, useRef, useState } from 'preact/hooks';
import { api, unwrap } from '../../api/client';
import type { ImportJob } from '../../api/supply-types';
import { EmptyState, ErrorNotice, FormError, Notice, SkeletonRows } from '../../components/feedback';
import { Icon } from '../../components/icon';
import { Card, PageHeader } from '../../components/page';
import { ProgressBar } from '../../components/progress';
import { STATUS_TONE, StatusBadge } from '../../components/status-badge';
import { useI18n, useTitle } from '../../i18n';
import { errorText } from '../../lib/errors';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

/** The columns of the import (services/imports/columns.ts), the required ones first. */
const REQUIRED = ['sku_code', 'product_title', 'sku_name', 'price', 'currency', 'category'];
const OPTIONAL = ['stock', 'status', 'description', 'image_urls', 'product_url', 'default_creator_rate_bps', 'sample_policy', 'sample_quantity'];
const TEMPLATE = `\uFEFF${[...REQUIRED, ...OPTIONAL].join(',')}\r\nKP-S,Kutani plate,Small,128.00,CNY,kitchen.tableware,10,active,Hand-painted,,,1500,free,2\r\n`;
const MAX_BYTES = 10 * 1024 * 1024;

type Phase = { kind: 'idle' } | { kind: 'uploading' } | { kind: 'running'; job: ImportJob } | { kind: 'done'; job: ImportJob } | { kind: 'failed'; error: unknown; job?: ImportJob };

/**
 * Upload a product CSV, then apply it chunk by chunk: each `continue` call applies a few hundred rows and answers
 * the counts, which drive the progress bar. The rejected rows come back with their line, column and reason.
 */
export function ImportProducts() {
  useTitle('import.title');
  const { t, formatDateTime } = useI18n();
  const { activeOrg } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const alive = useRef(true);
  const resultRef = useRef<HTMLDivElement>(null);
  const history = useResource(() => unwrap(api.v1.imports.$get({ query: { limit: '10' } })), [activeOrg?.id]);
  const template = useRef<string | null>(null);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (template.current) URL.revokeObjectURL(template.current);
    };
  }, []);

  const templateUrl = () => {
    template.current ??= URL.createObjectURL(new Blob([TEMPLATE], { type: 'text/csv' }));
    return template.current;
  };

  /** Keeps applying chunks until the import is done (or the reader leaves the page: the queue finishes it then). */
  const follow = async (job: ImportJob) => {
    let current = job;
    while (current.status !== 'done' && alive.current) {
      setPhase({ kind: 'running', job: current });
      try {
        current = await unwrap(api.v1.imports[':id'].continue.$post({ param: { id: current.id }, query: { chunks: '4' } }));
      } catch (error) {
        setPhase({ kind: 'failed', error, job: current });
        return;
      }
    }
    if (!alive.current) return;
    setPhase({ kind: 'done', job: current });
    void history.reload();
  };

  const upload = async (e: Event) => {
    e.preventDefault();
    if (!file) return setFileError(t('import.chooseFile'));
    if (file.size > MAX_BYTES) return setFileError(t('import.tooLarge'));
    setFileError(null);
    setPhase({ kind: 'uploading' });
    try {
      // The file's own bytes: the server checks the encoding, so nothing is decoded (or mis-decoded) here.
      const job = await unwrap(
        api.v1.imports.products.$post({ query: { filename: file.name.slice(0, 200) || 'products.csv' } }, { headers: { 'content-type': 'text/csv' }, init: { body: file } }),
      );
      await follow(job);
    } catch (error) {
      setPhase({ kind: 'failed', error });
    }
  };

  useEffect(() => {
    if (phase.kind === 'done') resultRef.current?.focus({ preventScroll: false });
  }, [phase.kind]);

  const open = async (id: string) => {
    try {
      const job = await unwrap(api.v1.imports[':id'].$get({ param: { id } }));
      if (job.status === 'done') setPhase({ kind: 'done', job });
      else await follow(job);
    } catch (error) {
      setPhase({ kind: 'failed', error });
    }
  };

  const busy = phase.kind === 'uploading' || phase.kind === 'running';
  const job = phase.kind === 'running' || phase.kind === 'done' ? phase.job : phase.kind === 'failed' ? phase.job : undefined;

  return (
    <>
      <PageHeader
        title={t('import.title')}
        subtitle={t('import.subtitle')}
        actions={
          <a class="btn btn-secondary" href="/catalog">
            <Icon name="box" />
            {t('import.backToCatalog')}
          </a>
        }
      />
      <div class="split">
        <Card title={t('import.upload')}>
          <form class="form" onSubmit={upload} noValidate>
            <label class={`dropzone${file ? ' dropzone-chosen' : ''}${fileError ? ' dropzone-invalid' : ''}`}>
              <Icon name="upload" size={24} class="dropzone-icon" />
              <span class="dropzone-text">
                <span class="dropzone-title">{file ? file.name : t('import.pick')}</span>
                <span class="dropzone-help">{file ? t('import.size', { size: Math.max(1, Math.round(file.size / 1024)) }) : t('import.pickHelp')}</span>
              </span>
              <input
                type="file"
                name="file"
                accept=".csv,text/csv"
                class="dropzone-input"
                data-testid="csv-file"
                disabled={busy}
                onChange={(e) => {
                  setFile(e.currentTarget.files?.[0] ?? null);
                  setFileError(null);
                }}
              />
            </label>
            {fileError && <p class="field-error">{fileError}</p>}
            <div class="form-actions">
              <button type="submit" class="btn btn-primary" disabled={busy}>
                <Icon name="upload" />
                {busy ? t('import.importing') : t('import.submit')}
              </button>
            </div>
          </form>
        </Card>
        <Card title={t('import.format')} class="import-help">
          <p class="card-help">{t('import.formatHelp')}</p>
          <p class="columns">
            {REQUIRED.map((c) => (
              <code key={c} class="chip chip-strong">
                {c}
              </code>
            ))}
            {OPTIONAL.map((c) => (
              <code key={c} class="chip">
                {c}
              </code>
            ))}
          </p>
          <ul class="help-list">
            <li>{t('import.rulePrice')}</li>
            <li>{t('import.ruleGroup')}</li>
            <li>{t('import.ruleRepeat')}</li>
          </ul>
          <div class="link-row">
            <a class="card-link" href={templateUrl()} download="xuanpin-products-template.csv">
              <Icon name="download" size={16} />
              {t('import.template')}
            </a>
            <a class="card-link" href="/v1/exports/products.csv" download="products.csv">
              <Icon name="download" size={16} />
              {t('import.exportCurrent')}
            </a>
          </div>
        </Card>
      </div>

      {phase.kind === 'failed' && !job && (
        <Notice tone="error" title={t('import.refused')}>
          <p data-testid="import-error">{errorText(phase.error, t)}</p>
        </Notice>
      )}

      {job && (
        <div ref={resultRef} tabIndex={-1} class="import-result" data-testid="import-result">
          <Card
            title={t('import.resultTitle', { file: job.filename })}
            actions={<StatusBadge tone={STATUS_TONE.import[job.status]} label={t(`importStatus.${job.status}`)} testId="import-status" />}
          >
            <ProgressBar value={job.processedRows} max={job.totalRows} label={t('import.progress')} testId="import-progress" />
            <p class="progress-caption" aria-live="polite" data-testid="import-processed">
              {t('import.processed', { done: job.processedRows, total: job.totalRows })}
            </p>
            <dl class="stats stats-4">
              {(['created', 'updated', 'unchanged', 'rejected'] as const).map((k) => (
                <div key={k} class={`stat stat-${k}`}>
                  <dt>{t(`import.${k}`)}</dt>
                  <dd data-testid={`import-${k}`}>{job[k]}</dd>
                </div>
              ))}
            </dl>
            {phase.kind === 'failed' && <ErrorNotice error={phase.error} onRetry={() => void follow(job)} />}
            {job.status === 'done' &&
              (job.rejected === 0 ? (
                <Notice tone="success">
                  <p>{t('import.allGood')}</p>
                </Notice>
              ) : (
                <>
                  <Notice tone="warning" title={t('import.someRejected', { count: job.rejected })}>
                    <p>{t('import.someRejectedHelp')}</p>
                  </Notice>
                  <table class="table table-compact" data-testid="rejected-rows">
                    <caption class="table-caption">{t('import.report')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('import.row')}</th>
                        <th scope="col">{t('import.field')}</th>
                        <th scope="col">{t('import.reason')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {job.rejectedRows.map((r) => (
                        <tr key={`${r.row}-${r.field}`}>
                          <td data-label={t('import.row')}>
                            <span class="cell-strong">{t('import.line', { row: r.row })}</span>
                          </td>
                          <td data-label={t('import.field')}>
                            <code class="key-start">{r.field}</code>
                          </td>
                          <td data-label={t('import.reason')} class="cell-wrap">
                            {r.reason}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  {job.rejected > job.rejectedRows.length && <p class="card-help">{t('import.reportTruncated', { shown: job.rejectedRows.length, count: job.rejected })}</p>}
                </>
              ))}
            {job.status === 'done' && (
              <a class="card-link" href="/catalog">
                {t('import.seeCatalog')}
                <Icon name="arrowRight" size={16} />
              </a>
            )}
          </Card>
        </div>
      )}

      <Card title={t('import.history')}>
        <ErrorNotice error={history.error} onRetry={history.reload} />
        {history.loading && !history.data ? (
          <SkeletonRows />
        ) : (history.data?.data.length ?? 0) === 0 ? (
          <EmptyState icon="upload">{t('import.noHistory')}</EmptyState>
        ) : (
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('import.file')}</th>
                <th scope="col">{t('import.status')}</th>
                <th scope="col">{t('import.rows')}</th>
                <th scope="col">{t('import.rejected')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {history.data!.data.map((h) => (
                <tr key={h.id}>
                  <td data-label={t('import.file')}>
                    <span class="cell-strong">{h.filename}</span>
                    <span class="cell-sub">{formatDateTime(h.createdAt)}</span>
                  </td>
                  <td data-label={t('import.status')}>
                    <StatusBadge tone={STATUS_TONE.import[h.status]} label={t(`importStatus.${h.status}`)} />
                  </td>
                  <td data-label={t('import.rows')} class="cell-num">
                    {t('import.summary', { created: h.created, updated: h.updated, unchanged: h.unchanged })}
                  </td>
                  <td data-label={t('import.rejected')} class="cell-num">
                    {h.rejected}
                  </td>
                  <td class="cell-actions">
                    <button type="button" class="btn btn-ghost btn-sm" disabled={busy} onClick={() => void open(h.id)}>
                      {t('import.viewReport')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
