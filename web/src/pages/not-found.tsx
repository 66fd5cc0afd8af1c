import { PageHeader } from '../components/page';
import { useI18n, useTitle } from '../i18n';

export function NotFound() {
  useTitle('notFound.title');
  const { t } = useI18n();
  return (
    <div class="not-found">
      <PageHeader title={t('notFound.title')} subtitle={t('notFound.body')} />
      <a class="btn btn-primary" href="/">
        {t('notFound.home')}
      </a>
    </div>
  );
}
