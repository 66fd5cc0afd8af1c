import { api, unwrap } from '../../api/client';
import { CsvFormatCard, CsvImportResult, CsvUploadCard, useCsvImport } from '../../components/csv-import';
import { Icon } from '../../components/icon';
import { PageHeader } from '../../components/page';
import { useI18n, useTitle } from '../../i18n';

/** The columns of the order CSV (workers/app/src/services/orders/csv.ts), the required ones first. */
const REQUIRED = ['external_order_id', 'currency', 'placed_at', 'sku', 'quantity', 'unit_price'];
const OPTIONAL = ['click_id', 'buyer', 'discount'];
const TEMPLATE =
  `\uFEFF${[...REQUIRED, ...OPTIONAL].join(',')}\r\n` +
  'SO-10001,CNY,2026-11-20T10:30:00+08:00,KP-S,2,128.00,,buyer@example.com,\r\n' +
  'SO-10001,,,KP-M,1,168.00,,,10.00\r\n';

/**
 * The third order door: a merchant's orders from a CSV, one row per order line, through the same pipeline as the
 * postback (attribution, split, ledger). Re-uploading the same file changes nothing; a rejected row names its column.
 */
export function ImportOrders() {
  useTitle('orderImport.title');
  const { t } = useI18n();
  const run = useCsvImport({
    upload: (file) =>
      unwrap(api.v1.imports.orders.$post({ query: { filename: file.name.slice(0, 200) || 'orders.csv' } }, { headers: { 'content-type': 'text/csv' }, init: { body: file } })),
    step: (id) => unwrap(api.v1.imports.orders[':id'].continue.$post({ param: { id }, query: { chunks: '4' } })),
    get: (id) => unwrap(api.v1.imports.orders[':id'].$get({ param: { id } })),
  });
  return (
    <>
      <PageHeader
        title={t('orderImport.title')}
        subtitle={t('orderImport.subtitle')}
        actions={
          <a class="btn btn-secondary" href="/orders">
            <Icon name="receipt" />
            {t('nav.orders')}
          </a>
        }
      />
      <div class="split">
        <CsvUploadCard run={run} />
        <CsvFormatCard
          help={t('orderImport.formatHelp')}
          required={REQUIRED}
          optional={OPTIONAL}
          rules={[t('orderImport.ruleGroup'), t('orderImport.ruleAmounts'), t('orderImport.ruleClick'), t('orderImport.ruleRepeat')]}
          template={{ text: TEMPLATE, filename: 'xuanpin-orders-template.csv' }}
        />
      </div>
      <CsvImportResult run={run} done={{ href: '/orders', label: t('orderImport.seeOrders') }} />
    </>
  );
}
