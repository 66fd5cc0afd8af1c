import { useState } from 'preact/hooks';
import { CONTENT_FORMATS, CREATOR_TIERS, PLATFORMS } from '@xuanpin/core/creators';
import { api, unwrap } from '../../api/client';
import type { CreatorCard } from '../../api/supply-types';
import { CategoryChips } from '../../components/activity-facts';
import { CategorySelect } from '../../components/category-select';
import { ConfirmDialog } from '../../components/dialog';
import { EmptyState, ErrorNotice, FormError, SkeletonRows } from '../../components/feedback';
import { SelectField } from '../../components/field';
import { Icon } from '../../components/icon';
import { AmountField, TextAreaField } from '../../components/inputs';
import { useCanWrite } from '../../components/kind-gate';
import { Card, PageHeader } from '../../components/page';
import { Pager } from '../../components/pager';
import { STATUS_TONE, StatusBadge } from '../../components/status-badge';
import { useToast } from '../../components/toast';
import { useI18n, useTitle } from '../../i18n';
import { formatCount } from '../../lib/figures';
import { useFormErrors } from '../../lib/form';
import { formatBps } from '../../lib/money';
import { useCursorPages } from '../../lib/paging';
import { useAction, useResource } from '../../lib/use-resource';
import { useSession } from '../../state/session';

type Tier = (typeof CREATOR_TIERS)[number];
type Platform = (typeof PLATFORMS)[number];
type Format = (typeof CONTENT_FORMATS)[number];

interface Filters {
  q: string;
  tier: '' | Tier;
  category: string;
  platform: '' | Platform;
  format: '' | Format;
  minFollowers: string;
  maxFollowers: string;
  sort: 'followers' | 'engagement';
}
const EMPTY: Filters = { q: '', tier: '', category: '', platform: '', format: '', minFollowers: '', maxFollowers: '', sort: 'followers' };
const DIGITS = /^\d{1,10}$/;

/** The creator directory providers search: listed creators' public figures, and an invitation to the roster. */
export function CreatorDirectory() {
  useTitle('creators.title');
  const { t } = useI18n();
  const { activeOrg } = useSession();
  const canWrite = useCanWrite();
  const pages = useCursorPages();
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [invalid, setInvalid] = useState<Partial<Record<'minFollowers' | 'maxFollowers', string>>>({});
  const [inviting, setInviting] = useState<CreatorCard | null>(null);

  const list = useResource(() => {
    const f = filters;
    return unwrap(
      api.v1.creators.$get({
        query: {
          limit: '24',
          sort: f.sort,
          ...(pages.cursor ? { cursor: pages.cursor } : {}),
          ...(f.q ? { q: f.q } : {}),
          ...(f.tier ? { tier: f.tier } : {}),
          ...(f.category ? { category: f.category } : {}),
          ...(f.platform ? { platform: f.platform } : {}),
          ...(f.format ? { format: f.format } : {}),
          ...(f.minFollowers ? { minFollowers: f.minFollowers } : {}),
          ...(f.maxFollowers ? { maxFollowers: f.maxFollowers } : {}),
        },
      }),
    );
  }, [activeOrg?.id, pages.cursor, filters]);

  const apply = (next: Filters) => {
    const min = next.minFollowers.trim();
    const max = next.maxFollowers.trim();
    const problems = {
      minFollowers: min && !DIGITS.test(min) ? t('validation.wholeNumber') : undefined,
      maxFollowers: max && !DIGITS.test(max) ? t('validation.wholeNumber') : min && max && Number(max) < Number(min) ? t('creators.maxBelowMin') : undefined,
    };
    setInvalid(problems);
    setDraft(next);
    if (problems.minFollowers || problems.maxFollowers) return;
    setFilters({ ...next, q: next.q.trim(), minFollowers: min, maxFollowers: max });
    pages.reset();
  };
  const rows = list.data?.data ?? [];
  const select = <K extends keyof Filters>(key: K) => (value: Filters[K]) => apply({ ...draft, [key]: value });

  return (
    <>
      <PageHeader title={t('creators.title')} subtitle={t('creators.subtitle')} />
      <Card>
        <form
          class="toolbar toolbar-wrap"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            apply(draft);
          }}
        >
          <label class="search-box">
            <Icon name="search" class="search-icon" />
            <span class="visually-hidden">{t('creators.search')}</span>
            <input class="input" type="search" name="q" placeholder={t('creators.searchPlaceholder')} value={draft.q} onInput={(e) => setDraft({ ...draft, q: e.currentTarget.value })} />
          </label>
          <SelectField<'' | Tier> label={t('creators.tier')} name="tier" value={draft.tier} onValue={select('tier')} options={[{ value: '', label: t('creators.anyTier') }, ...CREATOR_TIERS.map((x) => ({ value: x, label: t(`tier.${x}`) }))]} />
          <CategorySelect label={t('catalog.category')} name="category" value={draft.category} emptyLabel={t('category.any')} onValue={select('category')} />
          <SelectField<'' | Platform> label={t('creators.platform')} name="platform" value={draft.platform} onValue={select('platform')} options={[{ value: '', label: t('creators.anyPlatform') }, ...PLATFORMS.map((x) => ({ value: x, label: t(`platform.${x}`) }))]} />
          <SelectField<'' | Format> label={t('creators.format')} name="format" value={draft.format} onValue={select('format')} options={[{ value: '', label: t('creators.anyFormat') }, ...CONTENT_FORMATS.map((x) => ({ value: x, label: t(`format.${x}`) }))]} />
          <AmountField label={t('creators.minFollowers')} name="minFollowers" value={draft.minFollowers} onValue={(v) => setDraft({ ...draft, minFollowers: v })} error={invalid.minFollowers} placeholder="1000" />
          <AmountField label={t('creators.maxFollowers')} name="maxFollowers" value={draft.maxFollowers} onValue={(v) => setDraft({ ...draft, maxFollowers: v })} error={invalid.maxFollowers} placeholder="100000" />
          <SelectField<Filters['sort']>
            label={t('creators.sort')}
            name="sort"
            value={draft.sort}
            onValue={select('sort')}
            options={[
              { value: 'followers', label: t('creators.sortFollowers') },
              { value: 'engagement', label: t('creators.sortEngagement') },
            ]}
          />
          <div class="toolbar-actions">
            <button type="submit" class="btn btn-primary">
              {t('common.search')}
            </button>
            <button type="button" class="btn btn-ghost" onClick={() => apply(EMPTY)}>
              {t('common.clearFilters')}
            </button>
          </div>
        </form>
      </Card>
      <ErrorNotice error={list.error} onRetry={list.reload} />
      {list.loading && !list.data ? (
        <Card>
          <SkeletonRows rows={4} />
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <EmptyState icon="sparkles">{t('creators.empty')}</EmptyState>
        </Card>
      ) : (
        <ul class="card-grid card-grid-3" data-testid="creators">
          {rows.map((c) => (
            <CreatorTile key={c.orgId} creator={c} canInvite={canWrite} onInvite={() => setInviting(c)} />
          ))}
        </ul>
      )}
      <Pager page={pages.page} hasPrevious={pages.hasPrevious} hasNext={!!list.data?.nextCursor} onPrevious={pages.previous} onNext={() => pages.next(list.data?.nextCursor)} busy={list.loading} />
      {inviting && (
        <InviteDialog
          creator={inviting}
          onCancel={() => setInviting(null)}
          onDone={() => {
            setInviting(null);
            void list.reload();
          }}
        />
      )}
    </>
  );
}

function CreatorTile({ creator: c, canInvite, onInvite }: { creator: CreatorCard; canInvite: boolean; onInvite(): void }) {
  const { t, locale } = useI18n();
  const invitable = c.onRoster === null || c.onRoster === 'declined' || c.onRoster === 'removed';
  return (
    <li class="item-card creator-card" data-testid="creator-card">
      <div class="creator-head">
        <span class="creator-avatar" aria-hidden="true">
          {Array.from(c.displayName.trim())[0]?.toUpperCase() ?? '?'}
        </span>
        <div class="creator-name-block">
          <h2 class="item-card-title">{c.displayName}</h2>
          <p class="item-card-sub">
            <span class={`badge badge-tier badge-tier-${c.tier}`}>{t(`tier.${c.tier}`)}</span>
            {c.handles.slice(0, 3).map((h) => (
              <span key={h.platform} class="platform-tag">
                {t(`platform.${h.platform}`)}
              </span>
            ))}
          </p>
        </div>
      </div>
      <dl class="figures">
        <div>
          <dt>{t('creators.followers')}</dt>
          <dd>{formatCount(c.followers, locale)}</dd>
        </div>
        <div>
          <dt>{t('creators.avgViews')}</dt>
          <dd>{formatCount(c.avgViews, locale)}</dd>
        </div>
        <div>
          <dt>{t('creators.engagement')}</dt>
          <dd>{formatBps(c.engagementRateBps)}</dd>
        </div>
        <div>
          <dt>{t('creators.fulfilment')}</dt>
          <dd>{c.fulfilmentRateBps === null ? '—' : formatBps(c.fulfilmentRateBps)}</dd>
        </div>
      </dl>
      {c.categories.length > 0 && <CategoryChips codes={c.categories.slice(0, 4)} />}
      {(c.formats.length > 0 || c.tags.length > 0) && (
        <p class="tags">
          {c.formats.map((f) => (
            <span key={f} class="tag tag-format">
              {t(`format.${f}`)}
            </span>
          ))}
          {c.tags.slice(0, 4).map((tag) => (
            <span key={tag} class="tag">
              #{tag}
            </span>
          ))}
        </p>
      )}
      <div class="item-card-actions">
        {c.onRoster && !invitable ? (
          <StatusBadge tone={STATUS_TONE.roster[c.onRoster]} label={t(`rosterStatus.${c.onRoster}`)} testId="roster-status" />
        ) : (
          canInvite && (
            <button type="button" class="btn btn-primary btn-sm" onClick={onInvite}>
              <Icon name="userPlus" size={16} />
              {t('creators.invite')}
            </button>
          )
        )}
      </div>
    </li>
  );
}

function InviteDialog({ creator, onCancel, onDone }: { creator: CreatorCard; onCancel(): void; onDone(): void }) {
  const { t } = useI18n();
  const toast = useToast();
  const [note, setNote] = useState('');
  const invite = useAction(async () => {
    await unwrap(api.v1.roster.$post({ json: { creatorOrgId: creator.orgId, ...(note.trim() ? { note: note.trim() } : {}) } }));
    toast(t('creators.invited', { name: creator.displayName }));
    onDone();
  });
  const form = useFormErrors(invite, { note: 'note' }, t);
  return (
    <ConfirmDialog title={t('creators.inviteTitle', { name: creator.displayName })} confirmLabel={t('creators.sendInvite')} tone="primary" pending={invite.pending} onConfirm={() => void invite.run()} onCancel={onCancel}>
      <p>{t('creators.inviteBody')}</p>
      <FormError message={form.formError} />
      <TextAreaField label={t('creators.note')} name="note" value={note} onValue={form.bind('note', setNote)} error={form.errors.note} optional maxLength={500} placeholder={t('creators.notePlaceholder')} />
    </ConfirmDialog>
  );
}
