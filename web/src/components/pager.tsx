import { useI18n } from '../i18n';
import { Icon } from './icon';

/** Previous / next for a cursor-paged list, with the page number between them. */
export function Pager({ page, hasPrevious, hasNext, onPrevious, onNext, busy }: {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
  busy?: boolean;
}) {
  const { t } = useI18n();
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav class="pager" aria-label={t('paging.label')}>
      <button type="button" class="btn btn-secondary btn-sm" disabled={!hasPrevious || busy} onClick={onPrevious}>
        <Icon name="chevronLeft" size={16} />
        {t('paging.previous')}
      </button>
      <span class="pager-page">{t('paging.page', { page })}</span>
      <button type="button" class="btn btn-secondary btn-sm" disabled={!hasNext || busy} onClick={onNext}>
        {t('paging.next')}
        <Icon name="chevronRight" size={16} />
      </button>
    </nav>
  );
}
