import type { Activity, MarketplaceActivity } from '../api/supply-types';
import { useI18n } from '../i18n';
import { categoryName } from '../lib/categories';
import { formatBps } from '../lib/money';

type Terms = Pick<Activity | MarketplaceActivity, 'planType' | 'exclusiveUntil' | 'minCreatorRateBps' | 'serviceFeeBps' | 'startsAt' | 'endsAt' | 'attributionWindowDays' | 'returnWindowDays' | 'contentDueDays' | 'categories'>;

/** "1 May – 31 May 2026": a period whose end is exclusive, shown by its last day. */
export function usePeriod() {
  const { formatDate } = useI18n();
  return (startsAt: number, endsAt: number) => `${formatDate(startsAt)} – ${formatDate(endsAt - 1)}`;
}

/** The categories as small chips in the reader's language. */
export function CategoryChips({ codes }: { codes: readonly string[] }) {
  const { locale } = useI18n();
  return (
    <span class="chips">
      {codes.map((c) => (
        <span key={c} class="chip">
          {categoryName(c, locale)}
        </span>
      ))}
    </span>
  );
}

/** An activity's terms as a compact list of facts: what a merchant commits to, and for how long. */
export function ActivityFacts({ activity }: { activity: Terms }) {
  const { t, formatDate } = useI18n();
  const period = usePeriod();
  return (
    <dl class="facts">
      <div>
        <dt>{t('activity.minCreatorRate')}</dt>
        <dd class="fact-strong">{formatBps(activity.minCreatorRateBps)}</dd>
      </div>
      <div>
        <dt>{t('activity.serviceFee')}</dt>
        <dd class="fact-strong">{formatBps(activity.serviceFeeBps)}</dd>
      </div>
      <div>
        <dt>{t('activity.period')}</dt>
        <dd>{period(activity.startsAt, activity.endsAt)}</dd>
      </div>
      {activity.planType === 'exclusive' && activity.exclusiveUntil !== null && (
        <div>
          <dt>{t('activity.exclusiveUntil')}</dt>
          <dd>{formatDate(activity.exclusiveUntil - 1)}</dd>
        </div>
      )}
      <div>
        <dt>{t('activity.windows')}</dt>
        <dd>{t('activity.windowsValue', { attribution: activity.attributionWindowDays, returns: activity.returnWindowDays })}</dd>
      </div>
      <div>
        <dt>{t('activity.contentDue')}</dt>
        <dd>{t('activity.days', { days: activity.contentDueDays })}</dd>
      </div>
    </dl>
  );
}

export function PlanBadge({ plan }: { plan: Terms['planType'] }) {
  const { t } = useI18n();
  return <span class={`badge badge-plan badge-plan-${plan}`}>{t(`plan.${plan}`)}</span>;
}
