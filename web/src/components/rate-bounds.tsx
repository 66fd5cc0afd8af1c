import { MAX_COMBINED_BPS, MAX_CREATOR_RATE_BPS, MAX_CREATOR_RATE_TARGETED_BPS, MAX_SERVICE_FEE_BPS, type PlanType } from '@xuanpin/core/rates';
import { useI18n } from '../i18n';
import { formatBps } from '../lib/money';

/** The highest creator rate a plan allows (targeted plans may pay more). */
export const maxCreatorRate = (plan: PlanType) => (plan === 'targeted' ? MAX_CREATOR_RATE_TARGETED_BPS : MAX_CREATOR_RATE_BPS);

/**
 * The bounds rates must respect, said before anyone types: per plan, and — for an offer — the activity's own
 * minimums on top.
 */
export function RateBounds({ plan, minCreatorRateBps, serviceFeeBps }: { plan: PlanType; minCreatorRateBps?: number; serviceFeeBps?: number }) {
  const { t } = useI18n();
  const creatorMin = minCreatorRateBps ?? 0;
  const feeMin = serviceFeeBps ?? 0;
  return (
    <ul class="bounds" data-testid="rate-bounds">
      <li>
        <span class="bounds-label">{t('rates.creatorRate')}</span>
        <span class="bounds-value">{t('rates.range', { min: formatBps(creatorMin), max: formatBps(maxCreatorRate(plan)) })}</span>
      </li>
      <li>
        <span class="bounds-label">{t('rates.serviceFee')}</span>
        <span class="bounds-value">{t('rates.range', { min: formatBps(feeMin), max: formatBps(MAX_SERVICE_FEE_BPS) })}</span>
      </li>
      <li>
        <span class="bounds-label">{t('rates.together')}</span>
        <span class="bounds-value">{t('rates.atMost', { max: formatBps(MAX_COMBINED_BPS) })}</span>
      </li>
    </ul>
  );
}
