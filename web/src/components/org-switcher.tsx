import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, unwrap } from '../api/client';
import { useI18n } from '../i18n';
import { errorText } from '../lib/errors';
import { useSession } from '../state/session';
import { Icon } from './icon';
import { OrgAvatar } from './org-avatar';
import { useToast } from './toast';

/** The active organization, and a menu to switch to another one or create a new one. */
export function OrgSwitcher({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useI18n();
  const { state, activeOrg, accept } = useSession();
  const { route } = useLocation();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        root.current?.querySelector<HTMLButtonElement>('.org-trigger')?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  if (!state || !activeOrg) return null;

  const switchTo = async (orgId: string, name: string) => {
    if (orgId === activeOrg.id) return setOpen(false);
    setBusy(orgId);
    try {
      accept(await unwrap(api.auth['switch-org'].$post({ json: { orgId } })));
      setOpen(false);
      onNavigate?.();
      route('/');
      toast(t('org.switched', { name }));
    } catch (err) {
      toast(errorText(err, t), 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="org-switcher" ref={root}>
      <button
        type="button"
        class="org-trigger"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={`${t('org.switcher')}: ${activeOrg.name}`}
        onClick={() => setOpen(!open)}
      >
        <OrgAvatar name={activeOrg.name} kind={activeOrg.kind} />
        <span class="org-trigger-text">
          <span class="org-trigger-name">{activeOrg.name}</span>
          <span class="org-trigger-kind">{t(`kind.${activeOrg.kind}`)}</span>
        </span>
        <Icon name="chevronDown" size={16} />
      </button>
      {open && (
        <div class="org-menu" id={menuId}>
          <p class="org-menu-heading">{t('org.yours')}</p>
          <ul>
            {state.organizations.map((org) => (
              <li key={org.id}>
                <button
                  type="button"
                  class="org-option"
                  aria-current={org.id === activeOrg.id ? 'true' : undefined}
                  disabled={busy !== null}
                  onClick={() => switchTo(org.id, org.name)}
                >
                  <OrgAvatar name={org.name} kind={org.kind} />
                  <span class="org-option-text">
                    <span class="org-option-name">{org.name}</span>
                    <span class="org-option-meta">
                      {t(`kind.${org.kind}`)} · {t(`role.${org.role}`)}
                    </span>
                  </span>
                  {org.id === activeOrg.id && <Icon name="check" class="org-option-check" />}
                </button>
              </li>
            ))}
          </ul>
          <a
            class="org-menu-create"
            href="/organizations/new"
            onClick={() => {
              setOpen(false);
              onNavigate?.();
            }}
          >
            <Icon name="plus" />
            {t('org.create')}
          </a>
        </div>
      )}
    </div>
  );
}
