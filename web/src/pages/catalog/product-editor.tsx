import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { CURRENCIES, type Currency } from '@xuanpin/core/currency';
import { MAX_CREATOR_RATE_BPS } from '@xuanpin/core/rates';
import { api, unwrap } from '../../api/client';
import type { Product, ProductStatus, SamplePolicy } from '../../api/supply-types';
import { CategorySelect } from '../../components/category-select';
import { ConfirmDialog } from '../../components/dialog';
import { ErrorNotice, FormError, Loading } from '../../components/feedback';
import { SelectField, TextField } from '../../components/field';
import { Icon } from '../../components/icon';
import { AmountField, TextAreaField } from '../../components/inputs';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { STATUS_TONE, StatusBadge } from '../../components/status-badge';
import { StockDialog } from '../../components/stock-dialog';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { useFormErrors } from '../../lib/form';
import { bpsInput, formatBps, majorInput, parsePercent, parsePrice } from '../../lib/money';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

const EDITABLE_STATUSES = ['draft', 'active', 'paused'] as const;
const POLICIES = ['free', 'refundable', 'none'] as const;
const CODE = /^\S{1,64}$/;
const WHOLE = /^\d{1,10}$/;

/** A SKU row as typed: `id` is set for saved SKUs, whose code, currency and stock the editor does not change. */
interface SkuRow {
  key: string;
  id?: string;
  code: string;
  name: string;
  currency: Currency;
  price: string;
  stock: string;
}

interface Draft {
  title: string;
  description: string;
  category: string;
  status: ProductStatus;
  productUrl: string;
  images: string;
  rate: string;
  samplePolicy: SamplePolicy;
  sampleQuantity: string;
  skus: SkuRow[];
}

let rowKey = 0;
const newRow = (currency: Currency = 'CNY'): SkuRow => ({ key: `new-${++rowKey}`, code: '', name: '', currency, price: '', stock: '0' });

function draftOf(p: Product | null): Draft {
  if (!p) {
    return { title: '', description: '', category: '', status: 'draft', productUrl: '', images: '', rate: '10', samplePolicy: 'none', sampleQuantity: '0', skus: [newRow()] };
  }
  return {
    title: p.title,
    description: p.description,
    category: p.category,
    status: p.status,
    productUrl: p.productUrl ?? '',
    images: p.images.join('\n'),
    rate: bpsInput(p.defaultCreatorRateBps),
    samplePolicy: p.samplePolicy,
    sampleQuantity: String(p.sampleQuantity),
    skus: p.skus.map((s) => ({ key: s.id, id: s.id, code: s.code, name: s.name, currency: s.currency, price: majorInput(s.price, s.currency), stock: String(s.stock) })),
  };
}

/** Where the server's `error.path` lands: product fields by name, SKU fields as `skus.<row>.<field>`. */
function fieldMap(skuCount: number): Record<string, string> {
  const map: Record<string, string> = {
    title: 'title',
    description: 'description',
    category: 'category',
    status: 'status',
    productUrl: 'productUrl',
    images: 'images',
    defaultCreatorRateBps: 'rate',
    samplePolicy: 'samplePolicy',
    sampleQuantity: 'sampleQuantity',
    skus: 'skus',
  };
  for (let i = 0; i < 10; i++) map[`images.${i}`] = 'images';
  for (let i = 0; i < skuCount; i++) {
    for (const f of ['code', 'name', 'price', 'currency', 'stock']) map[`skus.${i}.${f}`] = `skus.${i}.${f}`;
    map[`skus.${i}`] = `skus.${i}.code`;
  }
  return map;
}

function BackToCatalog() {
  const { t } = useI18n();
  return (
    <a class="back-link" href="/catalog">
      <Icon name="chevronLeft" size={16} />
      {t('product.backToCatalog')}
    </a>
  );
}

/** Create or edit a product and its SKUs. Prices are typed in major units and sent as integer minor units. */
export function ProductEditor() {
  const { params } = useRoute();
  const id = params.id;
  const { activeOrg } = useSession();
  const product = useResource(() => (id ? unwrap(api.v1.products[':id'].$get({ param: { id } })) : Promise.resolve(null)), [activeOrg?.id, id]);
  if (product.error) {
    return (
      <>
        <BackToCatalog />
        <ErrorNotice error={product.error} onRetry={product.reload} />
      </>
    );
  }
  if (product.data === undefined) return <Loading />;
  return <EditorForm key={product.data?.updatedAt ?? 'new'} product={product.data} reload={product.reload} />;
}

function EditorForm({ product, reload }: { product: Product | null; reload(): Promise<void> }) {
  const { t } = useI18n();
  useTitle(product ? 'product.editTitle' : 'product.newTitle');
  const { route } = useLocation();
  const toast = useToast();
  const canWrite = useCanWrite();
  const [d, setD] = useState<Draft>(() => draftOf(product));
  const [archiving, setArchiving] = useState(false);
  const [stockSku, setStockSku] = useState<string | null>(null);
  const editing = product !== null;
  const archived = product?.status === 'archived';

  useEffect(() => setD(draftOf(product)), [product]);

  const body = () => {
    const images = d.images.split('\n').map((s) => s.trim()).filter(Boolean);
    const common = {
      title: d.title.trim(),
      description: d.description,
      images,
      category: d.category,
      status: d.status,
      defaultCreatorRateBps: parsePercent(d.rate) ?? 0,
      samplePolicy: d.samplePolicy,
      sampleQuantity: Number(d.sampleQuantity),
    };
    const skus = d.skus.map((s) =>
      s.id
        ? { code: s.code, name: s.name.trim(), price: parsePrice(s.price, s.currency) ?? 0 }
        : { code: s.code.trim(), name: s.name.trim(), price: parsePrice(s.price, s.currency) ?? 0, currency: s.currency, stock: Number(s.stock || '0') },
    );
    return { common, skus, productUrl: d.productUrl.trim() };
  };

  const save = useAction(async () => {
    const { common, skus, productUrl } = body();
    if (product) {
      await unwrap(
        api.v1.products[':id'].$patch({
          param: { id: product.id },
          json: { ...common, productUrl: productUrl || null, skus },
        }),
      );
      // The form is rebuilt from the saved product; the confirmation follows, once what it confirms is on screen.
      await reload();
      toast(t('product.saved', { title: common.title }));
    } else {
      const created = await unwrap(
        api.v1.products.$post({
          json: { ...common, status: common.status === 'archived' ? 'draft' : common.status, ...(productUrl ? { productUrl } : {}), skus: skus as { code: string; name: string; price: number; currency: Currency; stock: number }[] },
        }),
      );
      toast(t('product.created', { title: created.title }));
      route(`/catalog/${created.id}`);
    }
  });

  const archive = useAction(async () => {
    if (!product) return;
    await unwrap(api.v1.products[':id'].archive.$post({ param: { id: product.id } }));
    setArchiving(false);
    toast(t('product.archived', { title: product.title }));
    route('/catalog');
  });

  const form = useFormErrors(save, fieldMap(d.skus.length), t);
  const { errors } = form;
  const set = <K extends keyof Draft>(key: K, field = key as string) => form.bind<Draft[K]>(field, (value) => setD((cur) => ({ ...cur, [key]: value })));
  const setSku = (index: number, field: keyof SkuRow) => (value: string) => {
    form.edited(`skus.${index}.${field}`);
    setD((cur) => ({ ...cur, skus: cur.skus.map((s, i) => (i === index ? { ...s, [field]: value } : s)) }));
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const problems: Record<string, string | false | undefined> = {
      title: !d.title.trim() && t('validation.required'),
      category: !d.category && t('validation.required'),
      rate: (() => {
        const bps = parsePercent(d.rate);
        return bps === null || bps > MAX_CREATOR_RATE_BPS ? t('validation.percentRange', { max: formatBps(MAX_CREATOR_RATE_BPS) }) : undefined;
      })(),
      sampleQuantity: !WHOLE.test(d.sampleQuantity.trim()) && t('validation.wholeNumber'),
      skus: d.skus.length === 0 && t('product.skusRequired'),
    };
    d.skus.forEach((s, i) => {
      problems[`skus.${i}.code`] = !CODE.test(s.code.trim()) && t('product.codeInvalid');
      problems[`skus.${i}.name`] = !s.name.trim() && t('validation.required');
      problems[`skus.${i}.price`] = parsePrice(s.price, s.currency) === null && t('validation.price', { example: majorInput(12800, s.currency) });
      if (!s.id) problems[`skus.${i}.stock`] = !WHOLE.test(s.stock.trim() || '0') && t('validation.wholeNumber');
    });
    const codes = d.skus.map((s) => s.code.trim());
    codes.forEach((c, i) => {
      if (c && codes.indexOf(c) !== i) problems[`skus.${i}.code`] = t('product.codeRepeated');
    });
    if (form.check(problems)) void save.run();
  };

  const title = editing ? product.title : t('product.newTitle');
  return (
    <>
      <PageHeader
        title={title}
        subtitle={
          editing ? (
            <span class="header-meta">
              <StatusBadge tone={STATUS_TONE.product[product.status]} label={t(`productStatus.${product.status}`)} />
              <a href="/catalog">{t('product.backToCatalog')}</a>
            </span>
          ) : (
            t('product.newSubtitle')
          )
        }
        actions={
          editing &&
          canWrite &&
          !archived && (
            <button type="button" class="btn btn-secondary btn-danger-text" onClick={() => setArchiving(true)}>
              <Icon name="trash" />
              {t('product.archive')}
            </button>
          )
        }
      />
      <form class="form editor" onSubmit={onSubmit} noValidate>
        <FormError message={form.formError} />
        <fieldset class="editor-fieldset" disabled={!canWrite || archived}>
          <Card title={t('product.details')}>
            <TextField label={t('product.title')} name="title" value={d.title} onValue={set('title')} error={errors.title} maxLength={200} />
            <TextAreaField label={t('product.description')} name="description" value={d.description} onValue={set('description')} error={errors.description} rows={4} optional maxLength={5000} />
            <div class="form-row form-row-2">
              <CategorySelect label={t('product.category')} name="category" value={d.category} onValue={set('category')} error={errors.category} />
              <SelectField<ProductStatus>
                label={t('product.status')}
                name="status"
                value={d.status}
                onValue={set('status')}
                error={errors.status}
                hint={t('product.statusHint')}
                options={(archived ? (['archived'] as const) : EDITABLE_STATUSES).map((s) => ({ value: s, label: t(`productStatus.${s}`) }))}
              />
            </div>
            <TextAreaField label={t('product.images')} name="images" value={d.images} onValue={set('images')} error={errors.images} hint={t('product.imagesHint')} rows={2} optional placeholder="https://" />
            <TextField label={t('product.productUrl')} name="productUrl" value={d.productUrl} onValue={set('productUrl')} error={errors.productUrl} optional placeholder="https://" />
          </Card>

          <Card title={t('product.skus')} actions={<span class="card-note">{t('product.skusHint')}</span>}>
            {errors.skus && <p class="field-error">{errors.skus}</p>}
            <div class="sku-editor" data-testid="sku-editor">
              {d.skus.map((s, i) => (
                <div key={s.key} class="sku-row">
                  <span class="sku-index" aria-hidden="true">
                    {i + 1}
                  </span>
                  {s.id ? (
                    <div class="field">
                      <span class="field-label">{t('product.skuCode')}</span>
                      <code class="sku-code">{s.code}</code>
                    </div>
                  ) : (
                    <TextField label={t('product.skuCode')} name={`skus.${i}.code`} value={s.code} onValue={setSku(i, 'code')} error={errors[`skus.${i}.code`]} maxLength={64} />
                  )}
                  <TextField label={t('product.skuName')} name={`skus.${i}.name`} value={s.name} onValue={setSku(i, 'name')} error={errors[`skus.${i}.name`]} maxLength={200} />
                  {s.id ? (
                    <div class="field">
                      <span class="field-label">{t('product.currency')}</span>
                      <span class="sku-static">{s.currency}</span>
                    </div>
                  ) : (
                    <SelectField<Currency>
                      label={t('product.currency')}
                      name={`skus.${i}.currency`}
                      value={s.currency}
                      onValue={setSku(i, 'currency')}
                      error={errors[`skus.${i}.currency`]}
                      options={CURRENCIES.map((c) => ({ value: c, label: c }))}
                    />
                  )}
                  <AmountField label={t('product.price')} name={`skus.${i}.price`} value={s.price} onValue={setSku(i, 'price')} error={errors[`skus.${i}.price`]} prefix={s.currency} decimal placeholder={majorInput(12800, s.currency)} />
                  {s.id ? (
                    <div class="field">
                      <span class="field-label">{t('product.stock')}</span>
                      <span class="sku-static">
                        {s.stock}
                        {canWrite && !archived && (
                          <button type="button" class="btn btn-link btn-sm" onClick={() => setStockSku(s.id!)}>
                            {t('stock.adjust')}
                          </button>
                        )}
                      </span>
                    </div>
                  ) : (
                    <AmountField label={t('product.openingStock')} name={`skus.${i}.stock`} value={s.stock} onValue={setSku(i, 'stock')} error={errors[`skus.${i}.stock`]} />
                  )}
                  <div class="sku-remove">
                    {!s.id && d.skus.length > 1 && (
                      <button
                        type="button"
                        class="icon-btn"
                        aria-label={t('product.removeSku', { index: i + 1 })}
                        onClick={() => {
                          form.edited('skus');
                          setD((cur) => ({ ...cur, skus: cur.skus.filter((_, j) => j !== i) }));
                        }}
                      >
                        <Icon name="trash" size={16} />
                      </button>
                    )}
                  </div>
                </div>
              ))}
            </div>
            <button
              type="button"
              class="btn btn-secondary btn-sm add-row"
              disabled={d.skus.length >= 100}
              onClick={() => setD((cur) => ({ ...cur, skus: [...cur.skus, newRow(cur.skus[cur.skus.length - 1]?.currency)] }))}
            >
              <Icon name="plus" size={16} />
              {t('product.addSku')}
            </button>
          </Card>

          <Card title={t('product.offer')}>
            <p class="card-help">{t('product.offerHelp')}</p>
            <div class="form-row form-row-3">
              <AmountField label={t('product.defaultRate')} name="defaultCreatorRateBps" value={d.rate} onValue={set('rate')} error={errors.rate} suffix="%" decimal hint={t('rates.upTo', { max: formatBps(MAX_CREATOR_RATE_BPS) })} />
              <SelectField<SamplePolicy>
                label={t('product.samplePolicy')}
                name="samplePolicy"
                value={d.samplePolicy}
                onValue={set('samplePolicy')}
                error={errors.samplePolicy}
                options={POLICIES.map((p) => ({ value: p, label: t(`samplePolicy.${p}`) }))}
              />
              <AmountField label={t('product.sampleQuantity')} name="sampleQuantity" value={d.sampleQuantity} onValue={set('sampleQuantity')} error={errors.sampleQuantity} hint={t('product.sampleQuantityHint')} />
            </div>
          </Card>
        </fieldset>
        {canWrite && !archived && (
          <div class="form-actions form-actions-sticky">
            <a class="btn btn-secondary" href="/catalog">
              {t('common.cancel')}
            </a>
            <button type="submit" class="btn btn-primary" disabled={save.pending}>
              <Icon name="check" />
              {save.pending ? t('common.saving') : editing ? t('common.save') : t('product.create')}
            </button>
          </div>
        )}
      </form>
      {archiving && product && (
        <ConfirmDialog
          title={t('product.archiveTitle', { title: product.title })}
          confirmLabel={t('product.archive')}
          pending={archive.pending}
          onConfirm={() => archive.run()}
          onCancel={() => {
            setArchiving(false);
            archive.setError(null);
          }}
        >
          <p>{t('product.archiveBody')}</p>
          <ErrorNotice error={archive.error} />
        </ConfirmDialog>
      )}
      {stockSku && product && (
        <StockDialog
          product={product}
          skuId={stockSku}
          onCancel={() => setStockSku(null)}
          onDone={() => {
            setStockSku(null);
            void reload();
          }}
        />
      )}
    </>
  );
}
