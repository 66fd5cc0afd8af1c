import type { OrgKind } from '../api/types';

/** The organization's initial on a colour that tells its kind apart at a glance. */
export function OrgAvatar({ name, kind, size = 'md' }: { name: string; kind: OrgKind; size?: 'md' | 'lg' }) {
  const initial = Array.from(name.trim())[0]?.toUpperCase() ?? '?';
  return (
    <span class={`org-avatar org-avatar-${kind} org-avatar-${size}`} aria-hidden="true">
      {initial}
    </span>
  );
}
