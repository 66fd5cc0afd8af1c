import { api, unwrap } from '../../api/client';
import { CsvFormatCard, CsvImportResult, CsvUploadCard, useCsvImport } from '../../components/csv-import';
import { EmptyState, ErrorNotice, SkeletonRows } from '../../components/feedback';
import { Icon } from '../../components/icon';
import { Card, PageHeader } from '../../components/page';
import { STATUS_TONE, StatusBadge } from '../../components/status-badge';
import { useI18n, useTitle } from '../../i18n';
import { useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

/** The columns of the import (services/imports/columns.ts), the required ones first. */
const REQUIRED = ['sku_code', 'product_title', 'sku_name', 'price', 'currency', 'category'];
const OPTIONAL = ['stock', 'status', 'description', 'image_urls', 'product_url', 'default_creator_rate_bps', 'sample_policy', 'sample_quantity'];
const TEMPLATE = `\uFEFF${[...REQUIRED, ...OPTIONAL].join(',')}\r\nKP-S,Kutani plate,Small,128.00,CNY,kitchen.tableware,10,active,Hand-painted,,,1500,free,2\r\n`;

/**
 * Upload a product CSV, then apply it chunk by chunk (components/csv-import.tsx); below, the earlier imports, each
 * with its report.
 */
export function ImportProducts() {
  useTitle('import.title');
  const { t, formatDateTime } = useI18n();
  const { activeOrg } = useSession();
  const history = useResource(() => unwrap(api.v1.imports.$get({ query: { limit: '10' } })), [activeOrg?.id]);
  const run = useCsvImport(
    {
      // The file's own bytes: the server checks the encoding, so nothing is decoded (or mis-decoded) here.
      upload: (file) =>
        unwrap(api.v1.imports.products.$post({ query: { filename: file.name.slice(0, 200) || 'products.csv' } }, { headers: { 'content-type': 'text/csv' }, init: { body: file } })),
      step: (id) => unwrap(api.v1.imports[':id'].continue.$post({ param: { id }, query: { chunks: '4' } })),
      get: (id) => unwrap(api.v1.imports[':id'].$get({ param: { id } })),
    },
    { onDone: () => void history.reload() },
  );

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
        <CsvUploadCard run={run} />
        <CsvFormatCard
          help={t('import.formatHelp')}
          required={REQUIRED}
          optional={OPTIONAL}
          rules={[t('import.rulePrice'), t('import.ruleGroup'), t('import.ruleRepeat')]}
          template={{ text: TEMPLATE, filename: 'xuanpin-products-template.csv' }}
        >
          <a class="card-link" href="/v1/exports/products.csv" download="products.csv">
            <Icon name="download" size={16} />
            {t('import.exportCurrent')}
          </a>
        </CsvFormatCard>
      </div>
      <CsvImportResult run={run} done={{ href: '/catalog', label: t('import.seeCatalog') }} />

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
                    <button type="button" class="btn btn-ghost btn-sm" disabled={run.busy} onClick={() => void run.open(h.id)}>
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
