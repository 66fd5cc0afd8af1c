import type { TermVersion } from '../api/supply-types';
import { useI18n } from '../i18n';
import { formatBps } from '../lib/money';

/**
 * Every version of an offer's rates, newest first: the one in force now is marked, later ones are "scheduled"
 * (a cut waits for the next day), older ones are history. Every party sees the same list.
 */
export function TermsHistory({ terms, now = Date.now() }: { terms: readonly TermVersion[]; now?: number }) {
  const { t, formatDateTime } = useI18n();
  const inForce = [...terms].filter((v) => v.effectiveAt <= now).sort((a, b) => b.version - a.version)[0];
  const rows = [...terms].sort((a, b) => b.version - a.version);
  return (
    <table class="table table-compact terms-table" data-testid="terms-history">
      <caption class="visually-hidden">{t('terms.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('terms.version')}</th>
          <th scope="col">{t('terms.creatorRate')}</th>
          <th scope="col">{t('terms.serviceFee')}</th>
          <th scope="col">{t('terms.effective')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((v) => {
          const state = v.effectiveAt > now ? 'scheduled' : v === inForce ? 'current' : 'past';
          return (
            <tr key={v.version} class={state === 'past' ? 'row-muted' : undefined}>
              <td data-label={t('terms.version')}>
                <span class="cell-strong">v{v.version}</span>{' '}
                {state === 'current' && <span class="badge badge-tone-success">{t('terms.current')}</span>}
                {state === 'scheduled' && <span class="badge badge-tone-info">{t('terms.scheduled')}</span>}
              </td>
              <td data-label={t('terms.creatorRate')}>{formatBps(v.creatorRateBps)}</td>
              <td data-label={t('terms.serviceFee')}>{formatBps(v.serviceFeeBps)}</td>
              <td data-label={t('terms.effective')}>{formatDateTime(v.effectiveAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
