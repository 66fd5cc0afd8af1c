import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { MAX_COMBINED_BPS, MAX_SERVICE_FEE_BPS, PLAN_TYPES, type PlanType } from '@xuanpin/core/rates';
import { api, unwrap } from '../../api/client';
import type { Activity } from '../../api/supply-types';
import { CategoryPicker } from '../../components/category-picker';
import { CreatorPicker } from '../../components/creator-picker';
import { ConfirmDialog } from '../../components/dialog';
import { ErrorNotice, FormError, Loading } from '../../components/feedback';
import { SelectField, TextField } from '../../components/field';
import { Icon, type IconName } from '../../components/icon';
import { AmountField, DateField, TextAreaField } from '../../components/inputs';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { RateBounds, maxCreatorRate } from '../../components/rate-bounds';
import { STATUS_TONE, StatusBadge } from '../../components/status-badge';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { dayEnd, dayInput, dayStart, daysFromToday, lastDayInput } from '../../lib/dates';
import { useFormErrors } from '../../lib/form';
import { bpsInput, formatBps, parsePercent } from '../../lib/money';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

const PLAN_ICON: Record<PlanType, IconName> = { open: 'users', targeted: 'user', exclusive: 'shield' };
const VISIBILITIES = ['public', 'invite_only'] as const;
type Visibility = (typeof VISIBILITIES)[number];

interface Draft {
  name: string;
  description: string;
  categories: string[];
  planType: PlanType;
  exclusiveUntil: string;
  targets: string[];
  minRate: string;
  fee: string;
  starts: string;
  ends: string;
  attribution: string;
  returns: string;
  contentDue: string;
  visibility: Visibility;
}

function draftOf(a: Activity | null): Draft {
  if (!a) {
    return {
      name: '',
      description: '',
      categories: [],
      planType: 'open',
      exclusiveUntil: daysFromToday(14),
      targets: [],
      minRate: '10',
      fee: '5',
      starts: daysFromToday(0),
      ends: daysFromToday(30),
      attribution: '7',
      returns: '7',
      contentDue: '14',
      visibility: 'public',
    };
  }
  return {
    name: a.name,
    description: a.description,
    categories: a.categories,
    planType: a.planType,
    exclusiveUntil: a.exclusiveUntil ? lastDayInput(a.exclusiveUntil) : lastDayInput(a.endsAt),
    targets: a.targetCreatorIds,
    minRate: bpsInput(a.minCreatorRateBps),
    fee: bpsInput(a.serviceFeeBps),
    starts: dayInput(a.startsAt),
    ends: lastDayInput(a.endsAt),
    attribution: String(a.attributionWindowDays),
    returns: String(a.returnWindowDays),
    contentDue: String(a.contentDueDays),
    visibility: a.visibility,
  };
}

const FIELDS: Record<string, string> = {
  name: 'name',
  description: 'description',
  categories: 'categories',
  planType: 'planType',
  exclusiveUntil: 'exclusiveUntil',
  targetCreatorIds: 'targets',
  minCreatorRateBps: 'minRate',
  serviceFeeBps: 'fee',
  startsAt: 'starts',
  endsAt: 'ends',
  attributionWindowDays: 'attribution',
  returnWindowDays: 'returns',
  contentDueDays: 'contentDue',
  visibility: 'visibility',
};
for (let i = 0; i < 500; i++) FIELDS[`targetCreatorIds.${i}`] = 'targets';
for (let i = 0; i < 20; i++) FIELDS[`categories.${i}`] = 'categories';

const inRange = (text: string, min: number, max: number) => /^\d{1,3}$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

export function ActivityEditor() {
  const { params } = useRoute();
  const { activeOrg } = useSession();
  const id = params.id;
  const activity = useResource(() => (id ? unwrap(api.v1.activities[':id'].$get({ param: { id } })) : Promise.resolve(null)), [activeOrg?.id, id]);
  if (activity.error) {
    return (
      <>
        <a class="back-link" href="/activities">
          <Icon name="chevronLeft" size={16} />
          <BackLabel />
        </a>
        <ErrorNotice error={activity.error} onRetry={activity.reload} />
      </>
    );
  }
  if (activity.data === undefined) return <Loading />;
  return <ActivityForm key={activity.data?.updatedAt ?? 'new'} activity={activity.data} />;
}

function BackLabel() {
  const { t } = useI18n();
  return <>{t('activityEditor.back')}</>;
}

/**
 * Create or edit an activity: its categories, plan (open to the roster, targeted to named creators, or exclusive
 * for a period), rates within the bounds shown, period and windows. Saved as a draft or published.
 */
function ActivityForm({ activity }: { activity: Activity | null }) {
  useTitle(activity ? 'activityEditor.editTitle' : 'activityEditor.newTitle');
  const { t } = useI18n();
  const { route } = useLocation();
  const toast = useToast();
  const canWrite = useCanWrite();
  const [d, setD] = useState<Draft>(() => draftOf(activity));
  const [closing, setClosing] = useState(false);
  const closed = activity?.status === 'closed';

  const payload = () => {
    const startsAt = dayStart(d.starts)!;
    return {
      name: d.name.trim(),
      description: d.description,
      categories: d.categories,
      planType: d.planType,
      ...(d.planType === 'exclusive' ? { exclusiveUntil: dayEnd(d.exclusiveUntil)! } : {}),
      targetCreatorIds: d.planType === 'targeted' ? d.targets : [],
      minCreatorRateBps: parsePercent(d.minRate)!,
      serviceFeeBps: parsePercent(d.fee)!,
      startsAt,
      endsAt: dayEnd(d.ends)!,
      attributionWindowDays: Number(d.attribution),
      returnWindowDays: Number(d.returns),
      contentDueDays: Number(d.contentDue),
      visibility: d.visibility,
    };
  };

  const save = useAction(async (status: 'draft' | 'open' | undefined) => {
    if (activity) {
      const updated = await unwrap(api.v1.activities[':id'].$patch({ param: { id: activity.id }, json: { ...payload(), ...(status ? { status } : {}) } }));
      toast(status === 'open' && activity.status === 'draft' ? t('activityEditor.published', { name: updated.name }) : t('activityEditor.saved', { name: updated.name }));
      route('/activities');
    } else {
      const created = await unwrap(api.v1.activities.$post({ json: { ...payload(), status: status ?? 'draft' } }));
      toast(created.status === 'open' ? t('activityEditor.published', { name: created.name }) : t('activityEditor.savedDraft', { name: created.name }));
      route('/activities');
    }
  });
  const close = useAction(async () => {
    if (!activity) return;
    await unwrap(api.v1.activities[':id'].close.$post({ param: { id: activity.id } }));
    toast(t('activities.closed', { name: activity.name }));
    route('/activities');
  });

  const form = useFormErrors(save, FIELDS, t);
  const { errors } = form;
  const set = <K extends keyof Draft>(key: K, field = key as string) => form.bind<Draft[K]>(field, (value) => setD((cur) => ({ ...cur, [key]: value })));

  const submit = (status?: 'draft' | 'open') => {
    const min = parsePercent(d.minRate);
    const fee = parsePercent(d.fee);
    const maxC = maxCreatorRate(d.planType);
    const starts = dayStart(d.starts);
    const ends = dayEnd(d.ends);
    const excl = dayEnd(d.exclusiveUntil);
    const ok = form.check({
      name: !d.name.trim() && t('validation.required'),
      categories: d.categories.length === 0 && t('activityEditor.categoriesRequired'),
      minRate:
        min === null || min > maxC
          ? t('validation.percentRange', { max: formatBps(maxC) })
          : fee !== null && min + fee > MAX_COMBINED_BPS
            ? t('rates.combined', { max: formatBps(MAX_COMBINED_BPS) })
            : undefined,
      fee: (fee === null || fee > MAX_SERVICE_FEE_BPS) && t('validation.percentRange', { max: formatBps(MAX_SERVICE_FEE_BPS) }),
      starts: starts === null && t('validation.date'),
      ends: ends === null ? t('validation.date') : starts !== null && ends <= starts ? t('activityEditor.endsBeforeStart') : undefined,
      exclusiveUntil: d.planType === 'exclusive' && (excl === null ? t('validation.date') : starts !== null && excl <= starts ? t('activityEditor.exclusiveBeforeStart') : undefined),
      targets: d.planType === 'targeted' && d.targets.length === 0 && t('activityEditor.targetsRequired'),
      attribution: !inRange(d.attribution, 1, 90) && t('validation.daysRange', { min: 1, max: 90 }),
      returns: !inRange(d.returns, 0, 90) && t('validation.daysRange', { min: 0, max: 90 }),
      contentDue: !inRange(d.contentDue, 1, 60) && t('validation.daysRange', { min: 1, max: 60 }),
    });
    if (ok) void save.run(status);
  };

  return (
    <>
      <PageHeader
        title={activity ? activity.name : t('activityEditor.newTitle')}
        subtitle={
          activity ? (
            <span class="header-meta">
              <StatusBadge tone={STATUS_TONE.activity[activity.status]} label={t(`activityStatus.${activity.status}`)} />
              <a href="/activities">{t('activityEditor.back')}</a>
            </span>
          ) : (
            t('activityEditor.newSubtitle')
          )
        }
        actions={
          activity?.status === 'open' &&
          canWrite && (
            <button type="button" class="btn btn-secondary btn-danger-text" onClick={() => setClosing(true)}>
              {t('activities.close')}
            </button>
          )
        }
      />
      <form
        class="form editor"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit(activity ? undefined : 'open');
        }}
      >
        <FormError message={form.formError} />
        <fieldset class="editor-fieldset" disabled={!canWrite || closed}>
          <Card title={t('activityEditor.basics')}>
            <TextField label={t('activity.name')} name="name" value={d.name} onValue={set('name')} error={errors.name} maxLength={120} />
            <TextAreaField label={t('activity.description')} name="description" value={d.description} onValue={set('description')} error={errors.description} optional rows={3} maxLength={5000} />
            <CategoryPicker legend={t('activity.categories')} value={d.categories} onValue={set('categories')} error={errors.categories} hint={t('activityEditor.categoriesHint')} max={20} />
          </Card>

          <Card title={t('activityEditor.plan')}>
            <fieldset class="field plan-picker">
              <legend class="visually-hidden">{t('activity.planType')}</legend>
              <div class="kind-options plan-options">
                {PLAN_TYPES.map((p) => (
                  <label key={p} class={d.planType === p ? 'kind-option kind-option-selected' : 'kind-option'}>
                    <input type="radio" name="planType" value={p} checked={d.planType === p} onChange={() => set('planType')(p)} />
                    <span class="kind-option-icon">
                      <Icon name={PLAN_ICON[p]} />
                    </span>
                    <span class="kind-option-text">
                      <span class="kind-option-name">{t(`plan.${p}`)}</span>
                      <span class="kind-option-help">{t(`plan.${p}.help`)}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            {d.planType === 'exclusive' && (
              <div class="form-row form-row-halves">
                <DateField label={t('activity.exclusiveUntil')} name="exclusiveUntil" value={d.exclusiveUntil} onValue={set('exclusiveUntil')} error={errors.exclusiveUntil} hint={t('activityEditor.exclusiveHint')} />
              </div>
            )}
            {d.planType === 'targeted' && <CreatorPicker label={t('activityEditor.targets')} value={d.targets} onValue={set('targets')} error={errors.targets} />}
            <SelectField<Visibility>
              label={t('activity.visibility')}
              name="visibility"
              value={d.visibility}
              onValue={set('visibility')}
              error={errors.visibility}
              hint={t(`visibility.${d.visibility}.help`)}
              options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
            />
          </Card>

          <Card title={t('activityEditor.rates')}>
            <RateBounds plan={d.planType} />
            <div class="form-row form-row-halves">
              <AmountField label={t('activity.minCreatorRate')} name="minCreatorRateBps" value={d.minRate} onValue={set('minRate')} error={errors.minRate} suffix="%" decimal hint={t('activityEditor.minRateHint')} />
              <AmountField label={t('activity.serviceFee')} name="serviceFeeBps" value={d.fee} onValue={set('fee')} error={errors.fee} suffix="%" decimal hint={t('activityEditor.feeHint')} />
            </div>
          </Card>

          <Card title={t('activityEditor.schedule')}>
            <div class="form-row form-row-halves">
              <DateField label={t('activity.starts')} name="startsAt" value={d.starts} onValue={set('starts')} error={errors.starts} />
              <DateField label={t('activity.ends')} name="endsAt" value={d.ends} onValue={set('ends')} error={errors.ends} hint={t('activityEditor.endsHint')} />
            </div>
            <div class="form-row form-row-3">
              <AmountField label={t('activity.attributionWindow')} name="attributionWindowDays" value={d.attribution} onValue={set('attribution')} error={errors.attribution} suffix={t('common.daysUnit')} hint={t('activityEditor.attributionHint')} />
              <AmountField label={t('activity.returnWindow')} name="returnWindowDays" value={d.returns} onValue={set('returns')} error={errors.returns} suffix={t('common.daysUnit')} hint={t('activityEditor.returnsHint')} />
              <AmountField label={t('activity.contentDue')} name="contentDueDays" value={d.contentDue} onValue={set('contentDue')} error={errors.contentDue} suffix={t('common.daysUnit')} hint={t('activityEditor.contentDueHint')} />
            </div>
          </Card>
        </fieldset>
        {canWrite && !closed && (
          <div class="form-actions form-actions-sticky">
            <a class="btn btn-secondary" href="/activities">
              {t('common.cancel')}
            </a>
            {(!activity || activity.status === 'draft') && (
              <button type="button" class="btn btn-secondary" disabled={save.pending} onClick={() => submit(activity ? undefined : 'draft')}>
                {activity ? t('common.save') : t('activityEditor.saveDraft')}
              </button>
            )}
            <button type="submit" class="btn btn-primary" disabled={save.pending} onClick={(e) => {
              if (activity?.status === 'draft') {
                e.preventDefault();
                submit('open');
              }
            }}>
              <Icon name={activity?.status === 'open' ? 'check' : 'flag'} />
              {activity?.status === 'open' ? t('common.save') : t('activityEditor.publish')}
            </button>
          </div>
        )}
      </form>
      {closing && activity && (
        <ConfirmDialog
          title={t('activities.closeTitle', { name: activity.name })}
          confirmLabel={t('activities.close')}
          pending={close.pending}
          onConfirm={() => close.run()}
          onCancel={() => {
            setClosing(false);
            close.setError(null);
          }}
        >
          <p>{t('activities.closeBody')}</p>
          <ErrorNotice error={close.error} />
        </ConfirmDialog>
      )}
    </>
  );
}
