import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, unwrap } from '../../api/client';
import type { Sample, SampleStatus } from '../../api/supply-types';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState, ErrorNotice, FormError, Notice, SkeletonRows } from '../../components/feedback';
import { TextField } from '../../components/field';
import { FilterTabs } from '../../components/filter-tabs';
import { Icon } from '../../components/icon';
import { TextAreaField } from '../../components/inputs';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { Pager } from '../../components/pager';
import { ContentDue, SampleTimeline } from '../../components/sample-timeline';
import { STATUS_TONE, StatusBadge } from '../../components/status-badge';
import { useToast } from '../../components/toast';
import { useI18n, useTitle, type MessageKey } from '../../i18n';
import { errorText } from '../../lib/errors';
import { useFormErrors } from '../../lib/form';
import { formatBps } from '../../lib/money';
import { useCursorPages } from '../../lib/paging';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

type Role = 'merchant' | 'provider' | 'creator';
type Filter = '' | SampleStatus | 'overdue';
const STATUSES: readonly SampleStatus[] = ['requested', 'approved', 'shipped', 'delivered', 'posted', 'rejected', 'cancelled'];
type Dialog = { kind: 'reject' | 'ship' | 'deliver' | 'cancel'; sample: Sample } | null;

const TITLE: Record<Role, MessageKey> = { merchant: 'samples.merchantTitle', provider: 'samples.providerTitle', creator: 'samples.creatorTitle' };
const SUBTITLE: Record<Role, MessageKey> = { merchant: 'samples.merchantSubtitle', provider: 'samples.providerSubtitle', creator: 'samples.creatorSubtitle' };

export const MerchantSamples = () => <SamplesPage role="merchant" />;
export const ProviderSamples = () => <SamplesPage role="provider" />;
export const CreatorSamples = () => <SamplesPage role="creator" />;

/**
 * Sample requests, as each party sees them: the merchant approves, rejects, ships and marks delivered; the
 * creator cancels a request and submits the post once delivered; the provider follows along.
 */
function SamplesPage({ role }: { role: Role }) {
  useTitle(TITLE[role]);
  const { t } = useI18n();
  const { activeOrg } = useSession();
  const canWrite = useCanWrite() && role !== 'provider';
  const toast = useToast();
  const pages = useCursorPages();
  const [filter, setFilter] = useState<Filter>('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useResource(
    () =>
      unwrap(
        api.v1.samples.$get({
          query: {
            limit: '20',
            ...(pages.cursor ? { cursor: pages.cursor } : {}),
            ...(filter === 'overdue' ? { overdue: 'true' } : filter ? { status: filter } : {}),
          },
        }),
      ),
    [activeOrg?.id, pages.cursor, filter],
  );

  const approve = async (s: Sample) => {
    try {
      await unwrap(api.v1.samples[':id'].approve.$post({ param: { id: s.id } }));
      await list.reload();
      toast(t('samples.approved', { product: s.productTitle }));
    } catch (err) {
      toast(errorText(err, t), 'error');
    }
  };
  const done = async (message: string) => {
    setDialog(null);
    await list.reload();
    toast(message);
  };

  const rows = list.data?.data ?? [];
  return (
    <>
      <PageHeader
        title={t(TITLE[role])}
        subtitle={t(SUBTITLE[role])}
        actions={
          role === 'creator' && (
            <a class="btn btn-secondary" href="/offers">
              <Icon name="tag" />
              {t('samples.browseOffers')}
            </a>
          )
        }
      />
      <FilterTabs<Filter>
        label={t('samples.filter')}
        value={filter}
        onValue={(f) => {
          setFilter(f);
          pages.reset();
        }}
        options={[
          { value: '', label: t('common.all') },
          ...STATUSES.map((s) => ({ value: s, label: t(`sampleStatus.${s}`) })),
          { value: 'overdue', label: t('samples.overdue') },
        ]}
      />
      {role === 'creator' && <PostHint rows={rows} />}
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? (
        <Card>
          <SkeletonRows rows={3} />
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <EmptyState icon="gift">{t(role === 'creator' ? 'samples.creatorEmpty' : 'samples.empty')}</EmptyState>
        </Card>
      ) : (
        <ul class="card-list" data-testid="samples">
          {rows.map((s) => (
            <SampleCard key={s.id} sample={s} role={role} canPost={canWrite && role === 'creator'} onPosted={() => done(t('samples.posted', { product: s.productTitle }))}>
              {canWrite && role === 'merchant' && s.status === 'requested' && (
                <>
                  <button type="button" class="btn btn-ghost btn-sm btn-danger-text" onClick={() => setDialog({ kind: 'reject', sample: s })}>
                    {t('samples.reject')}
                  </button>
                  <button type="button" class="btn btn-primary btn-sm" onClick={() => void approve(s)}>
                    <Icon name="check" size={16} />
                    {t('samples.approve')}
                  </button>
                </>
              )}
              {canWrite && role === 'merchant' && s.status === 'approved' && (
                <button type="button" class="btn btn-primary btn-sm" onClick={() => setDialog({ kind: 'ship', sample: s })}>
                  <Icon name="truck" size={16} />
                  {t('samples.ship')}
                </button>
              )}
              {canWrite && role === 'merchant' && s.status === 'shipped' && (
                <button type="button" class="btn btn-secondary btn-sm" onClick={() => setDialog({ kind: 'deliver', sample: s })}>
                  <Icon name="check" size={16} />
                  {t('samples.deliver')}
                </button>
              )}
              {canWrite && role === 'creator' && s.status === 'requested' && (
                <button type="button" class="btn btn-ghost btn-sm btn-danger-text" onClick={() => setDialog({ kind: 'cancel', sample: s })}>
                  {t('samples.cancel')}
                </button>
              )}
            </SampleCard>
          ))}
        </ul>
      )}
      <Pager page={pages.page} hasPrevious={pages.hasPrevious} hasNext={!!list.data?.nextCursor} onPrevious={pages.previous} onNext={() => pages.next(list.data?.nextCursor)} busy={list.loading} />
      {dialog?.kind === 'reject' && <RejectDialog sample={dialog.sample} onCancel={() => setDialog(null)} onDone={() => done(t('samples.rejected', { product: dialog.sample.productTitle }))} />}
      {dialog?.kind === 'ship' && <ShipDialog sample={dialog.sample} onCancel={() => setDialog(null)} onDone={() => done(t('samples.shipped', { product: dialog.sample.productTitle }))} />}
      {(dialog?.kind === 'deliver' || dialog?.kind === 'cancel') && (
        <MoveDialog kind={dialog.kind} sample={dialog.sample} onCancel={() => setDialog(null)} onDone={(m) => done(m)} />
      )}
    </>
  );
}

/** A line of guidance while samples wait for a post. */
function PostHint({ rows }: { rows: Sample[] }) {
  const { t } = useI18n();
  const waiting = rows.filter((s) => s.status === 'delivered');
  if (waiting.length === 0) return null;
  return (
    <Notice tone={waiting.some((s) => s.overdue) ? 'warning' : 'info'}>
      <p>{t('samples.postHint', { count: waiting.length })}</p>
    </Notice>
  );
}

function SampleCard({ sample: s, role, canPost, onPosted, children }: { sample: Sample; role: Role; canPost: boolean; onPosted(): void; children?: ComponentChildren }) {
  const { t, formatDateTime } = useI18n();
  return (
    <li class={`item-card sample-card${s.overdue ? ' item-card-alert' : ''}`} data-testid="sample">
      <div class="item-card-head">
        <div>
          <h2 class="item-card-title">{s.productTitle}</h2>
          <p class="item-card-sub">
            {role !== 'creator' ? (
              <>
                <Icon name="sparkles" size={14} /> <span data-testid="sample-creator">{s.creatorName ?? t('samples.unnamedCreator')}</span>
                <span class="sep">·</span>
                <span class="fulfilment" title={t('samples.fulfilmentHelp')}>
                  {s.creatorFulfilmentRateBps == null ? t('samples.noFulfilment') : t('samples.fulfilment', { rate: formatBps(s.creatorFulfilmentRateBps) })}
                </span>
              </>
            ) : (
              <>
                <Icon name="calendar" size={14} /> {t('samples.requestedOn', { date: formatDateTime(s.requestedAt) })}
              </>
            )}
          </p>
        </div>
        <span class="badges">
          {s.overdue && <StatusBadge tone="danger" label={t('samples.overdue')} testId="overdue-badge" />}
          <StatusBadge tone={STATUS_TONE.sample[s.status]} label={t(`sampleStatus.${s.status}`)} testId="sample-status" />
        </span>
      </div>
      <SampleTimeline sample={s} />
      <dl class="facts">
        <div>
          <dt>{t('samples.quantity')}</dt>
          <dd>{s.quantity}</dd>
        </div>
        {(s.status === 'delivered' || s.status === 'posted' || s.contentDueAt) && (
          <div>
            <dt>{t('samples.content')}</dt>
            <dd>
              <ContentDue sample={s} />
            </dd>
          </div>
        )}
        {s.carrier && (
          <div>
            <dt>{t('samples.tracking')}</dt>
            <dd>
              {s.carrier} · <code>{s.trackingNumber}</code>
            </dd>
          </div>
        )}
        {s.shippingAddress && (
          <div class="fact-wide">
            <dt>{t('samples.address')}</dt>
            <dd class="pre">{s.shippingAddress}</dd>
          </div>
        )}
        {s.note && (
          <div class="fact-wide">
            <dt>{t('samples.note')}</dt>
            <dd class="pre">{s.note}</dd>
          </div>
        )}
        {s.postUrl && (
          <div class="fact-wide">
            <dt>{t('samples.post')}</dt>
            <dd>
              <a href={s.postUrl} target="_blank" rel="noopener noreferrer" class="break">
                {s.postUrl}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {s.decisionReason && (
        <p class="reason">
          <span class="reason-label">{t('applications.reason')}</span> {s.decisionReason}
        </p>
      )}
      {canPost && s.status === 'delivered' && <PostForm sample={s} onPosted={onPosted} />}
      {children && <div class="item-card-actions">{children}</div>}
    </li>
  );
}

/** The creator's post URL for a delivered sample; posting closes the request and counts toward fulfilment. */
function PostForm({ sample, onPosted }: { sample: Sample; onPosted(): void }) {
  const { t } = useI18n();
  const [url, setUrl] = useState('');
  const post = useAction(async () => {
    await unwrap(api.v1.samples[':id'].post.$post({ param: { id: sample.id }, json: { postUrl: url.trim() } }));
    onPosted();
  });
  const form = useFormErrors(post, { postUrl: 'postUrl' }, t);
  return (
    <form
      class="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (form.check({ postUrl: !/^https:\/\/\S+$/.test(url.trim()) && t('samples.postUrlInvalid') })) void post.run();
      }}
      noValidate
    >
      <FormError message={form.formError} />
      <TextField label={t('samples.postUrl')} name="postUrl" value={url} onValue={form.bind('postUrl', setUrl)} error={form.errors.postUrl} placeholder="https://www.xiaohongshu.com/explore/…" hint={t('samples.postUrlHint')} />
      <button type="submit" class="btn btn-primary" disabled={post.pending}>
        {t('samples.submitPost')}
      </button>
    </form>
  );
}

function RejectDialog({ sample, onCancel, onDone }: { sample: Sample; onCancel(): void; onDone(): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const reject = useAction(async () => {
    await unwrap(api.v1.samples[':id'].reject.$post({ param: { id: sample.id }, json: { reason: reason.trim() } }));
    onDone();
  });
  const form = useFormErrors(reject, { reason: 'reason' }, t);
  return (
    <ConfirmDialog
      title={t('samples.rejectTitle', { product: sample.productTitle })}
      confirmLabel={t('samples.reject')}
      pending={reject.pending}
      onConfirm={() => form.check({ reason: !reason.trim() && t('validation.required') }) && void reject.run()}
      onCancel={onCancel}
    >
      <FormError message={form.formError} />
      <TextAreaField label={t('samples.rejectReason')} name="reason" value={reason} onValue={form.bind('reason', setReason)} error={form.errors.reason} hint={t('samples.rejectHint')} maxLength={500} />
    </ConfirmDialog>
  );
}

function ShipDialog({ sample, onCancel, onDone }: { sample: Sample; onCancel(): void; onDone(): void }) {
  const { t } = useI18n();
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const ship = useAction(async () => {
    await unwrap(api.v1.samples[':id'].ship.$post({ param: { id: sample.id }, json: { carrier: carrier.trim(), trackingNumber: tracking.trim() } }));
    onDone();
  });
  const form = useFormErrors(ship, { carrier: 'carrier', trackingNumber: 'tracking' }, t);
  return (
    <ConfirmDialog
      title={t('samples.shipTitle', { product: sample.productTitle })}
      confirmLabel={t('samples.ship')}
      tone="primary"
      pending={ship.pending}
      onConfirm={() => form.check({ carrier: !carrier.trim() && t('validation.required'), tracking: !tracking.trim() && t('validation.required') }) && void ship.run()}
      onCancel={onCancel}
    >
      <FormError message={form.formError} />
      {sample.shippingAddress && (
        <div class="address-box">
          <p class="field-label">{t('samples.address')}</p>
          <p class="pre">{sample.shippingAddress}</p>
        </div>
      )}
      <TextField label={t('samples.carrier')} name="carrier" value={carrier} onValue={form.bind('carrier', setCarrier)} error={form.errors.carrier} placeholder={t('samples.carrierPlaceholder')} maxLength={60} />
      <TextField label={t('samples.trackingNumber')} name="trackingNumber" value={tracking} onValue={form.bind('tracking', setTracking)} error={form.errors.tracking} maxLength={80} />
    </ConfirmDialog>
  );
}

/** Moves without input: the merchant marks a shipment delivered; the creator cancels a request. */
function MoveDialog({ kind, sample, onCancel, onDone }: { kind: 'deliver' | 'cancel'; sample: Sample; onCancel(): void; onDone(message: string): void }) {
  const { t } = useI18n();
  const move = useAction(async () => {
    const call = kind === 'deliver' ? api.v1.samples[':id'].deliver.$post : api.v1.samples[':id'].cancel.$post;
    await unwrap(call({ param: { id: sample.id } }));
    onDone(t(kind === 'deliver' ? 'samples.delivered' : 'samples.cancelled', { product: sample.productTitle }));
  });
  return (
    <ConfirmDialog
      title={t(kind === 'deliver' ? 'samples.deliverTitle' : 'samples.cancelTitle', { product: sample.productTitle })}
      confirmLabel={t(kind === 'deliver' ? 'samples.deliver' : 'samples.cancel')}
      tone={kind === 'deliver' ? 'primary' : 'danger'}
      pending={move.pending}
      onConfirm={() => void move.run()}
      onCancel={onCancel}
    >
      <p>{t(kind === 'deliver' ? 'samples.deliverBody' : 'samples.cancelBody', { days: sample.contentDueDays })}</p>
      <ErrorNotice error={move.error} />
    </ConfirmDialog>
  );
}
