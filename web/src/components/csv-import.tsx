import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportJob } from '../api/supply-types';
import { useI18n } from '../i18n';
import { errorText } from '../lib/errors';
import { Card } from './page';
import { ErrorNotice, Notice } from './feedback';
import { Icon } from './icon';
import { ProgressBar } from './progress';
import { STATUS_TONE, StatusBadge } from './status-badge';

/**
 * A CSV import as the catalog and the orders have it: upload the file, then apply it chunk by chunk (each `step`
 * applies a few hundred rows and answers the counts, which drive the progress bar); the rejected rows come back with
 * their line, column and reason. `useCsvImport` runs it; `CsvUploadCard`, `CsvFormatCard` and `CsvImportResult` show it.
 */

const MAX_BYTES = 10 * 1024 * 1024;

type Phase = { kind: 'idle' } | { kind: 'uploading' } | { kind: 'running'; job: ImportJob } | { kind: 'done'; job: ImportJob } | { kind: 'failed'; error: unknown; job?: ImportJob };

export interface CsvImportRoutes {
  upload(file: File): Promise<ImportJob>;
  /** Applies some chunks and answers the import after them. */
  step(id: string): Promise<ImportJob>;
  get(id: string): Promise<ImportJob>;
}

export function useCsvImport(routes: CsvImportRoutes, { onDone }: { onDone?(): void } = {}) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  /** Keeps applying chunks until the import is done (or the reader leaves the page: the queue finishes it then). */
  const follow = async (job: ImportJob) => {
    let current = job;
    while (current.status !== 'done' && alive.current) {
      setPhase({ kind: 'running', job: current });
      try {
        current = await routes.step(current.id);
      } catch (error) {
        setPhase({ kind: 'failed', error, job: current });
        return;
      }
    }
    if (!alive.current) return;
    setPhase({ kind: 'done', job: current });
    onDone?.();
  };

  const busy = phase.kind === 'uploading' || phase.kind === 'running';
  const job = phase.kind === 'running' || phase.kind === 'done' ? phase.job : phase.kind === 'failed' ? phase.job : undefined;
  return {
    phase,
    busy,
    job,
    follow,
    async upload(file: File) {
      setPhase({ kind: 'uploading' });
      try {
        await follow(await routes.upload(file));
      } catch (error) {
        setPhase({ kind: 'failed', error });
      }
    },
    /** Shows an earlier import's report, finishing it first if it is still running. */
    async open(id: string) {
      try {
        const found = await routes.get(id);
        if (found.status === 'done') setPhase({ kind: 'done', job: found });
        else await follow(found);
      } catch (error) {
        setPhase({ kind: 'failed', error });
      }
    },
  };
}

export type CsvImportRun = ReturnType<typeof useCsvImport>;

/** The file picker and the import button. */
export function CsvUploadCard({ run }: { run: CsvImportRun }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!file) return setFileError(t('import.chooseFile'));
    if (file.size > MAX_BYTES) return setFileError(t('import.tooLarge'));
    setFileError(null);
    void run.upload(file);
  };
  return (
    <Card title={t('import.upload')}>
      <form class="form" onSubmit={submit} noValidate>
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
            disabled={run.busy}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setFileError(null);
            }}
          />
        </label>
        {fileError && <p class="field-error">{fileError}</p>}
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={run.busy}>
            <Icon name="upload" />
            {run.busy ? t('import.importing') : t('import.submit')}
          </button>
        </div>
      </form>
    </Card>
  );
}

/** The columns (required ones highlighted), the rules, a template to download, and any other links. */
export function CsvFormatCard({ help, required, optional, rules, template, children }: {
  help: string;
  required: readonly string[];
  optional: readonly string[];
  rules: string[];
  template: { text: string; filename: string };
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const url = useRef<string | null>(null);
  useEffect(() => () => void (url.current && URL.revokeObjectURL(url.current)), []);
  const templateUrl = () => {
    url.current ??= URL.createObjectURL(new Blob([template.text], { type: 'text/csv' }));
    return url.current;
  };
  return (
    <Card title={t('import.format')} class="import-help">
      <p class="card-help">{help}</p>
      <p class="columns">
        {required.map((c) => (
          <code key={c} class="chip chip-strong">
            {c}
          </code>
        ))}
        {optional.map((c) => (
          <code key={c} class="chip">
            {c}
          </code>
        ))}
      </p>
      <ul class="help-list">
        {rules.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <div class="link-row">
        <a class="card-link" href={templateUrl()} download={template.filename}>
          <Icon name="download" size={16} />
          {t('import.template')}
        </a>
        {children}
      </div>
    </Card>
  );
}

/** A refused file, or the import's progress, counts and rejected rows; `done` links to where the rows went. */
export function CsvImportResult({ run, done }: { run: CsvImportRun; done: { href: string; label: string } }) {
  const { t } = useI18n();
  const { phase, job } = run;
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (phase.kind === 'done') resultRef.current?.focus({ preventScroll: false });
  }, [phase.kind]);

  if (phase.kind === 'failed' && !job) {
    return (
      <Notice tone="error" title={t('import.refused')}>
        <p data-testid="import-error">{errorText(phase.error, t)}</p>
      </Notice>
    );
  }
  if (!job) return null;
  return (
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
        {phase.kind === 'failed' && <ErrorNotice error={phase.error} onRetry={() => void run.follow(job)} />}
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
          <a class="card-link" href={done.href}>
            {done.label}
            <Icon name="arrowRight" size={16} />
          </a>
        )}
      </Card>
    </div>
  );
}
