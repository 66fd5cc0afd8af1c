import type { Sample } from '../api/supply-types';
import { useI18n, type MessageKey } from '../i18n';

interface Step {
  key: MessageKey;
  at: number | null;
  state: 'done' | 'current' | 'todo' | 'stopped';
}

/** The steps a sample goes through, with when each happened; a refusal or cancellation ends the line early. */
function steps(s: Sample): Step[] {
  if (s.status === 'rejected' || s.status === 'cancelled') {
    return [
      { key: 'sampleStep.requested', at: s.requestedAt, state: 'done' },
      { key: s.status === 'rejected' ? 'sampleStep.rejected' : 'sampleStep.cancelled', at: s.status === 'rejected' ? s.decidedAt : s.updatedAt, state: 'stopped' },
    ];
  }
  const order = ['requested', 'approved', 'shipped', 'delivered', 'posted'] as const;
  const at = [s.requestedAt, s.decidedAt, s.shippedAt, s.deliveredAt, s.postedAt];
  const reached = order.indexOf(s.status);
  return order.map((status, i) => ({
    key: `sampleStep.${status}` as MessageKey,
    at: at[i],
    state: i < reached || (i === reached && status === 'posted') ? 'done' : i === reached ? 'current' : 'todo',
  }));
}

/** A sample's progress as a compact horizontal line (vertical on phones), with the content deadline once delivered. */
export function SampleTimeline({ sample }: { sample: Sample }) {
  const { t, formatDate } = useI18n();
  return (
    <ol class="timeline" aria-label={t('samples.timeline')}>
      {steps(sample).map((step) => (
        <li key={step.key} class={`timeline-step timeline-${step.state === 'current' ? 'done timeline-current' : step.state}`}>
          <span class="timeline-dot" aria-hidden="true" />
          <span class="timeline-text">
            <span class="timeline-label">{t(step.key)}</span>
            <span class="timeline-at">{step.at ? formatDate(step.at) : ''}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}

/** "Post due 12 May", red and marked overdue when the deadline passed without a post. */
export function ContentDue({ sample }: { sample: Sample }) {
  const { t, formatDate } = useI18n();
  if (sample.status === 'posted') {
    return (
      <span class={sample.postedOnTime ? 'due due-ok' : 'due due-late'}>
        {sample.postedOnTime ? t('samples.postedOnTime') : t('samples.postedLate')}
      </span>
    );
  }
  if (!sample.contentDueAt) return <span class="due">{t('samples.dueAfterDelivery', { days: sample.contentDueDays })}</span>;
  return (
    <span class={sample.overdue ? 'due due-late' : 'due'}>
      {sample.overdue && (
        <span class="badge badge-tone-danger" data-testid="overdue">
          {t('samples.overdue')}
        </span>
      )}{' '}
      {t('samples.dueOn', { date: formatDate(sample.contentDueAt) })}
    </span>
  );
}
