import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Enrollment } from '../api/supply-types';
import { useI18n } from '../i18n';
import { formatBps } from '../lib/money';
import { Icon } from './icon';
import { STATUS_TONE, StatusBadge } from './status-badge';
import { TermsHistory } from './terms-history';

/**
 * An application (enrollment) as a card: the product, the activity and the other party, its status and the rates
 * in force, with the full rate history a click away. `counterpart` says whom to name: the provider (for the
 * merchant) or the merchant (for the provider). Actions go in `children`.
 */
export function EnrollmentCard({ enrollment: e, counterpart, children }: { enrollment: Enrollment; counterpart: 'provider' | 'merchant'; children?: ComponentChildren }) {
  const { t, formatDate } = useI18n();
  const [history, setHistory] = useState(false);
  const scheduled = e.terms.filter((v) => v.effectiveAt > Date.now());
  return (
    <li class="item-card enrollment-card" data-testid="enrollment">
      <div class="item-card-head">
        <div>
          <h2 class="item-card-title">{e.productTitle}</h2>
          <p class="item-card-sub">
            <Icon name="flag" size={14} /> {e.activityName}
            <span class="sep">·</span>
            <Icon name="building" size={14} /> {counterpart === 'provider' ? e.providerName : e.merchantName}
          </p>
        </div>
        <StatusBadge tone={STATUS_TONE.enrollment[e.status]} label={t(`enrollmentStatus.${e.status}`)} testId="enrollment-status" />
      </div>
      <dl class="facts">
        <div>
          <dt>{t('rates.creatorRate')}</dt>
          <dd class="fact-strong">{formatBps(e.currentTerms.creatorRateBps)}</dd>
        </div>
        <div>
          <dt>{t('rates.serviceFee')}</dt>
          <dd class="fact-strong">{formatBps(e.currentTerms.serviceFeeBps)}</dd>
        </div>
        <div>
          <dt>{t('applications.applied')}</dt>
          <dd>{formatDate(e.appliedAt)}</dd>
        </div>
        {e.decidedAt && (
          <div>
            <dt>{t('applications.decided')}</dt>
            <dd>{formatDate(e.decidedAt)}</dd>
          </div>
        )}
      </dl>
      {scheduled.length > 0 && (
        <p class="inline-note">
          <Icon name="clock" size={14} />
          {t('applications.scheduledChange', {
            rate: formatBps(scheduled[scheduled.length - 1].creatorRateBps),
            date: formatDate(scheduled[scheduled.length - 1].effectiveAt),
          })}
        </p>
      )}
      {e.decisionReason && (
        <p class="reason">
          <span class="reason-label">{t('applications.reason')}</span> {e.decisionReason}
        </p>
      )}
      <div class="item-card-actions">
        <button type="button" class="btn btn-ghost btn-sm" aria-expanded={history} onClick={() => setHistory(!history)}>
          <Icon name="clock" size={16} />
          {history ? t('terms.hide') : t('terms.show', { count: e.terms.length })}
        </button>
        <span class="spacer" />
        {children}
      </div>
      {history && <TermsHistory terms={e.terms} />}
    </li>
  );
}
