import type { ComponentType } from 'preact';
import type { OrgKind } from '../api/types';
import { useI18n, useTitle } from '../i18n';
import { useSession } from '../state/session';
import { Icon } from './icon';
import { PageHeader } from './page';

/**
 * A page that exists for some kinds of organization only, possibly in a different form for each (the samples of
 * a merchant are actionable, a provider's are read-only). Another kind gets a plain explanation, not a 403.
 */
export function forKinds(pages: Partial<Record<OrgKind, ComponentType>>): ComponentType {
  return function ByKind() {
    const { activeOrg } = useSession();
    if (!activeOrg) return null;
    const Page = pages[activeOrg.kind];
    return Page ? <Page /> : <WrongKind kinds={Object.keys(pages) as OrgKind[]} />;
  };
}

function WrongKind({ kinds }: { kinds: OrgKind[] }) {
  useTitle('wrongKind.title');
  const { t } = useI18n();
  const { activeOrg } = useSession();
  return (
    <div class="not-found">
      <PageHeader
        title={t('wrongKind.title')}
        subtitle={t('wrongKind.body', { kinds: kinds.map((k) => t(`kind.${k}`)).join(' / '), kind: activeOrg ? t(`kind.${activeOrg.kind}`) : '' })}
      />
      <a class="btn btn-primary" href="/">
        <Icon name="home" />
        {t('notFound.home')}
      </a>
    </div>
  );
}

/** Viewers read; everyone else may act. The server enforces it; the pages only avoid offering what would fail. */
export function useCanWrite(): boolean {
  const { activeOrg } = useSession();
  return !!activeOrg && activeOrg.role !== 'viewer';
}
