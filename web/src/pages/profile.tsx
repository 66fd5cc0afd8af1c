import { useState } from 'preact/hooks';
import { CONTENT_FORMATS, PLATFORMS, creatorTier, engagementRateBps } from '@xuanpin/core/creators';
import { api, ApiFailure, unwrap } from '../api/client';
import type { CreatorProfile } from '../api/supply-types';
import { CategoryPicker } from '../components/category-picker';
import { ErrorNotice, FormError, Loading } from '../components/feedback';
import { SelectField, TextField } from '../components/field';
import { Icon } from '../components/icon';
import { AmountField, CheckField, TextAreaField } from '../components/inputs';
import { useCanWrite } from '../components/kind-gate';
import { Card, PageHeader } from '../components/page';
import { useToast } from '../components/toast';
import { useI18n, useTitle } from '../i18n';
import { formatInteger } from '../lib/figures';
import { useFormErrors } from '../lib/form';
import { bpsInput, formatBps, parsePercent } from '../lib/money';
import { useAction, useResource } from '../lib/use-resource';
import { useSession } from '../state/session';

type Platform = (typeof PLATFORMS)[number];
type Format = (typeof CONTENT_FORMATS)[number];
const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45+'] as const;
type AgeBand = (typeof AGE_BANDS)[number];
const COUNT = /^\d{1,10}$/;

interface HandleRow {
  key: string;
  platform: Platform;
  handle: string;
  followers: string;
  avgViews: string;
  avgEngagement: string;
  url: string;
}
interface Draft {
  displayName: string;
  bio: string;
  avatarUrl: string;
  listed: boolean;
  handles: HandleRow[];
  categories: string[];
  tags: string;
  formats: Format[];
  hasAudience: boolean;
  female: string;
  male: string;
  regions: string;
  ageBand: AgeBand;
}

let rowKey = 0;
const newHandle = (platform: Platform = 'xiaohongshu'): HandleRow => ({ key: `h-${++rowKey}`, platform, handle: '', followers: '', avgViews: '', avgEngagement: '', url: '' });

function draftOf(p: CreatorProfile | null, fallbackName: string): Draft {
  return {
    displayName: p?.displayName ?? fallbackName,
    bio: p?.bio ?? '',
    avatarUrl: p?.avatarUrl ?? '',
    listed: p?.listed ?? true,
    handles: p?.handles.length
      ? p.handles.map((h) => ({ key: `h-${++rowKey}`, platform: h.platform, handle: h.handle, followers: String(h.followers), avgViews: String(h.avgViews), avgEngagement: String(h.avgEngagement), url: h.url ?? '' }))
      : [newHandle()],
    categories: p?.categories ?? [],
    tags: p?.tags.join(', ') ?? '',
    formats: p?.formats ?? [],
    hasAudience: !!p?.audience,
    female: p?.audience ? bpsInput(p.audience.femaleBps) : '',
    male: p?.audience ? bpsInput(p.audience.maleBps) : '',
    regions: p?.audience?.topRegions.join(', ') ?? '',
    ageBand: p?.audience?.ageBand ?? '18-24',
  };
}

function fieldMap(handles: number): Record<string, string> {
  const map: Record<string, string> = {
    displayName: 'displayName',
    bio: 'bio',
    avatarUrl: 'avatarUrl',
    listed: 'listed',
    handles: 'handles',
    categories: 'categories',
    tags: 'tags',
    formats: 'formats',
    'audience.femaleBps': 'female',
    'audience.maleBps': 'male',
    'audience.topRegions': 'regions',
    'audience.ageBand': 'ageBand',
  };
  for (let i = 0; i < 20; i++) {
    map[`tags.${i}`] = 'tags';
    map[`categories.${i}`] = 'categories';
    map[`audience.topRegions.${i}`] = 'regions';
  }
  for (let i = 0; i < handles; i++) for (const f of ['platform', 'handle', 'followers', 'avgViews', 'avgEngagement', 'url']) map[`handles.${i}.${f}`] = `handles.${i}.${f}`;
  return map;
}

const list = (text: string) => text.split(/[,，、\n]/).map((s) => s.trim().replace(/^#/, '')).filter(Boolean);

/** The creator's own profile: handles with their figures, categories, audience and formats; derived tier and rates. */
export function CreatorProfilePage() {
  const { activeOrg } = useSession();
  // A creator without a profile yet gets 404: the page then starts from an empty one.
  const profile = useResource(
    () =>
      unwrap(api.v1['creator-profile'].$get()).catch((err) => {
        if (err instanceof ApiFailure && err.status === 404) return null;
        throw err;
      }),
    [activeOrg?.id],
  );
  if (profile.error) return <ErrorNotice error={profile.error} onRetry={profile.reload} />;
  if (profile.data === undefined) return <Loading />;
  return <ProfileForm key={profile.data?.updatedAt ?? 'new'} profile={profile.data} reload={profile.reload} />;
}

function ProfileForm({ profile, reload }: { profile: CreatorProfile | null; reload(): Promise<void> }) {
  useTitle('profile.title');
  const { t, locale, formatDateTime } = useI18n();
  const { activeOrg } = useSession();
  const toast = useToast();
  const canWrite = useCanWrite();
  const [d, setD] = useState<Draft>(() => draftOf(profile, activeOrg?.name ?? ''));

  const save = useAction(async () => {
    const audience = d.hasAudience
      ? { femaleBps: parsePercent(d.female) ?? 0, maleBps: parsePercent(d.male) ?? 0, topRegions: list(d.regions), ageBand: d.ageBand }
      : undefined;
    await unwrap(
      api.v1['creator-profile'].$put({
        json: {
          displayName: d.displayName.trim(),
          bio: d.bio,
          ...(d.avatarUrl.trim() ? { avatarUrl: d.avatarUrl.trim() } : {}),
          handles: d.handles.map((h) => ({
            platform: h.platform,
            handle: h.handle.trim(),
            followers: Number(h.followers),
            avgViews: Number(h.avgViews || '0'),
            avgEngagement: Number(h.avgEngagement || '0'),
            ...(h.url.trim() ? { url: h.url.trim() } : {}),
          })),
          categories: d.categories,
          tags: list(d.tags),
          formats: d.formats,
          listed: d.listed,
          ...(audience ? { audience } : {}),
        },
      }),
    );
    toast(t('profile.saved'));
    await reload();
  });
  const form = useFormErrors(save, fieldMap(d.handles.length), t);
  const { errors } = form;
  const set = <K extends keyof Draft>(key: K, field = key as string) => form.bind<Draft[K]>(field, (value) => setD((cur) => ({ ...cur, [key]: value })));
  const setHandle = (i: number, field: keyof HandleRow) => (value: string) => {
    form.edited(`handles.${i}.${field}`);
    setD((cur) => ({ ...cur, handles: cur.handles.map((h, j) => (j === i ? { ...h, [field]: value } : h)) }));
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const problems: Record<string, string | false | undefined> = {
      displayName: !d.displayName.trim() && t('validation.required'),
      avatarUrl: d.avatarUrl.trim() !== '' && !/^https:\/\/\S+$/.test(d.avatarUrl.trim()) && t('validation.https'),
      tags: list(d.tags).some((tag) => tag.length > 30) && t('profile.tagTooLong'),
    };
    d.handles.forEach((h, i) => {
      problems[`handles.${i}.handle`] = !h.handle.trim() && t('validation.required');
      problems[`handles.${i}.followers`] = !COUNT.test(h.followers.trim()) && t('validation.wholeNumber');
      problems[`handles.${i}.avgViews`] = h.avgViews.trim() !== '' && !COUNT.test(h.avgViews.trim()) && t('validation.wholeNumber');
      problems[`handles.${i}.avgEngagement`] = h.avgEngagement.trim() !== '' && !COUNT.test(h.avgEngagement.trim()) && t('validation.wholeNumber');
      problems[`handles.${i}.url`] = h.url.trim() !== '' && !/^https:\/\/\S+$/.test(h.url.trim()) && t('validation.https');
      if (d.handles.findIndex((o) => o.platform === h.platform) !== i) problems[`handles.${i}.platform`] = t('profile.platformRepeated');
    });
    if (d.hasAudience) {
      const f = parsePercent(d.female);
      const m = parsePercent(d.male);
      problems.female = f === null ? t('validation.percentRange', { max: '100%' }) : m !== null && f + m > 10_000 ? t('profile.genderOver') : undefined;
      problems.male = m === null && t('validation.percentRange', { max: '100%' });
      problems.regions = list(d.regions).length > 5 && t('profile.regionsMax');
    }
    if (form.check(problems)) void save.run();
  };

  // The figures the directory will show, computed as the server derives them (sum of followers, weighted averages).
  const followers = d.handles.reduce((s, h) => s + (COUNT.test(h.followers.trim()) ? Number(h.followers) : 0), 0);
  const engagement = followers > 0 ? Math.floor(d.handles.reduce((s, h) => s + (Number(h.avgEngagement) || 0) * (Number(h.followers) || 0), 0) / followers) : 0;

  return (
    <>
      <PageHeader title={t('profile.title')} subtitle={t('profile.subtitle')} />
      <div class="with-aside">
        <form class="form editor" onSubmit={onSubmit} noValidate>
          <FormError message={form.formError} />
          <fieldset class="editor-fieldset" disabled={!canWrite}>
            <Card title={t('profile.about')}>
              <div class="form-row form-row-2">
                <TextField label={t('profile.displayName')} name="displayName" value={d.displayName} onValue={set('displayName')} error={errors.displayName} maxLength={80} />
                <TextField label={t('profile.avatarUrl')} name="avatarUrl" value={d.avatarUrl} onValue={set('avatarUrl')} error={errors.avatarUrl} optional placeholder="https://" />
              </div>
              <TextAreaField label={t('profile.bio')} name="bio" value={d.bio} onValue={set('bio')} error={errors.bio} optional rows={3} maxLength={1000} />
              <CheckField label={t('profile.listed')} help={t('profile.listedHelp')} name="listed" checked={d.listed} onChecked={set('listed')} />
            </Card>

            <Card title={t('profile.handles')} actions={<span class="card-note">{t('profile.handlesHint')}</span>}>
              {errors.handles && <p class="field-error">{errors.handles}</p>}
              <div class="handle-editor" data-testid="handles">
                {d.handles.map((h, i) => (
                  <div key={h.key} class="handle-row">
                    <SelectField<Platform>
                      label={t('profile.platform')}
                      name={`handles.${i}.platform`}
                      value={h.platform}
                      onValue={setHandle(i, 'platform')}
                      error={errors[`handles.${i}.platform`]}
                      options={PLATFORMS.map((p) => ({ value: p, label: t(`platform.${p}`) }))}
                    />
                    <TextField label={t('profile.handle')} name={`handles.${i}.handle`} value={h.handle} onValue={setHandle(i, 'handle')} error={errors[`handles.${i}.handle`]} placeholder="@" maxLength={100} />
                    <AmountField label={t('creators.followers')} name={`handles.${i}.followers`} value={h.followers} onValue={setHandle(i, 'followers')} error={errors[`handles.${i}.followers`]} />
                    <AmountField label={t('creators.avgViews')} name={`handles.${i}.avgViews`} value={h.avgViews} onValue={setHandle(i, 'avgViews')} error={errors[`handles.${i}.avgViews`]} />
                    <AmountField label={t('profile.avgEngagement')} name={`handles.${i}.avgEngagement`} value={h.avgEngagement} onValue={setHandle(i, 'avgEngagement')} error={errors[`handles.${i}.avgEngagement`]} hint={t('profile.avgEngagementHint')} />
                    <TextField label={t('profile.url')} name={`handles.${i}.url`} value={h.url} onValue={setHandle(i, 'url')} error={errors[`handles.${i}.url`]} optional placeholder="https://" />
                    <div class="handle-remove">
                      {d.handles.length > 1 && (
                        <button
                          type="button"
                          class="btn btn-ghost btn-sm btn-danger-text"
                          onClick={() => setD((cur) => ({ ...cur, handles: cur.handles.filter((_, j) => j !== i) }))}
                        >
                          <Icon name="trash" size={16} />
                          {t('profile.removeHandle')}
                        </button>
                      )}
                    </div>
                  </div>
                ))}
              </div>
              <button
                type="button"
                class="btn btn-secondary btn-sm add-row"
                disabled={d.handles.length >= PLATFORMS.length}
                onClick={() => setD((cur) => ({ ...cur, handles: [...cur.handles, newHandle(PLATFORMS.find((p) => !cur.handles.some((h) => h.platform === p)))] }))}
              >
                <Icon name="plus" size={16} />
                {t('profile.addHandle')}
              </button>
            </Card>

            <Card title={t('profile.content')}>
              <CategoryPicker legend={t('profile.categories')} value={d.categories} onValue={set('categories')} error={errors.categories} hint={t('profile.categoriesHint')} max={10} />
              <fieldset class="field">
                <legend class="field-label">{t('profile.formats')}</legend>
                <div class="chips-row">
                  {CONTENT_FORMATS.map((f) => (
                    <button
                      key={f}
                      type="button"
                      class="toggle-chip"
                      aria-pressed={d.formats.includes(f)}
                      onClick={() => set('formats')(d.formats.includes(f) ? d.formats.filter((x) => x !== f) : [...d.formats, f])}
                    >
                      {t(`format.${f}`)}
                    </button>
                  ))}
                </div>
                {errors.formats && <p class="field-error">{errors.formats}</p>}
              </fieldset>
              <TextField label={t('profile.tags')} name="tags" value={d.tags} onValue={set('tags')} error={errors.tags} hint={t('profile.tagsHint')} optional />
            </Card>

            <Card title={t('profile.audience')}>
              <CheckField label={t('profile.shareAudience')} help={t('profile.shareAudienceHelp')} name="hasAudience" checked={d.hasAudience} onChecked={set('hasAudience')} />
              {d.hasAudience && (
                <>
                  <div class="form-row form-row-3">
                    <AmountField label={t('profile.female')} name="femaleBps" value={d.female} onValue={set('female')} error={errors.female} suffix="%" decimal />
                    <AmountField label={t('profile.male')} name="maleBps" value={d.male} onValue={set('male')} error={errors.male} suffix="%" decimal />
                    <SelectField<AgeBand> label={t('profile.ageBand')} name="ageBand" value={d.ageBand} onValue={set('ageBand')} error={errors.ageBand} options={AGE_BANDS.map((a) => ({ value: a, label: a }))} />
                  </div>
                  <TextField label={t('profile.regions')} name="topRegions" value={d.regions} onValue={set('regions')} error={errors.regions} hint={t('profile.regionsHint')} />
                </>
              )}
            </Card>
          </fieldset>
          {canWrite && (
            <div class="form-actions form-actions-sticky">
              <button type="submit" class="btn btn-primary" disabled={save.pending}>
                <Icon name="check" />
                {save.pending ? t('common.saving') : t('profile.save')}
              </button>
            </div>
          )}
        </form>
        <aside class="aside">
          <Card title={t('profile.figures')}>
            <div class="tier-display">
              <span class={`badge badge-tier badge-tier-${creatorTier(followers)}`} data-testid="profile-tier">
                {t(`tier.${creatorTier(followers)}`)}
              </span>
              <p class="card-help">{t('profile.tierHelp')}</p>
            </div>
            <dl class="stats">
              <div class="stat">
                <dt>{t('creators.followers')}</dt>
                <dd>{formatInteger(followers, locale)}</dd>
              </div>
              <div class="stat">
                <dt>{t('creators.engagement')}</dt>
                <dd>{formatBps(engagementRateBps(engagement, followers))}</dd>
              </div>
              <div class="stat">
                <dt>{t('creators.avgViews')}</dt>
                <dd>{profile ? formatInteger(profile.avgViews, locale) : '—'}</dd>
              </div>
              <div class="stat">
                <dt>{t('creators.fulfilment')}</dt>
                <dd>{profile?.fulfilmentRateBps != null ? formatBps(profile.fulfilmentRateBps) : '—'}</dd>
              </div>
            </dl>
            <p class="card-help">{profile ? t('profile.updated', { date: formatDateTime(profile.updatedAt) }) : t('profile.notSaved')}</p>
            <p class="card-help">{d.listed ? t('profile.isListed') : t('profile.isUnlisted')}</p>
          </Card>
        </aside>
      </div>
    </>
  );
}
