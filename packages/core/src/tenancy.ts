/** Organization kinds, member roles and API-key scopes: the closed vocabularies of tenancy. */

export const ORG_KINDS = ['merchant', 'provider', 'creator', 'platform'] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Resource families a key can be scoped to; each has a read and a write scope. */
export const RESOURCE_FAMILIES = [
  'organization',
  'members',
  'keys',
  'catalog',
  'activities',
  'creators',
  'samples',
  'links',
  'orders',
  'commissions',
  'payouts',
  'webhooks',
] as const;
export type ResourceFamily = (typeof RESOURCE_FAMILIES)[number];
export type Scope = `${ResourceFamily}:${'read' | 'write'}`;

export const SCOPES: readonly Scope[] = RESOURCE_FAMILIES.flatMap((f) => [`${f}:read`, `${f}:write`] as Scope[]);

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** A write scope implies the read scope of the same family. */
export function hasScope(granted: readonly string[], needed: Scope): boolean {
  if (granted.includes(needed)) return true;
  const [family, action] = needed.split(':');
  return action === 'read' && granted.includes(`${family}:write`);
}

const ADMIN_ONLY: ResourceFamily[] = ['members', 'keys', 'organization', 'webhooks'];

/** What a signed-in member may do through the web session, by role. */
export function scopesForRole(role: Role): Scope[] {
  switch (role) {
    case 'owner':
    case 'admin':
      return [...SCOPES];
    case 'member':
      return SCOPES.filter((s) => s.endsWith(':read') || !ADMIN_ONLY.includes(s.split(':')[0] as ResourceFamily));
    case 'viewer':
      return SCOPES.filter((s) => s.endsWith(':read'));
  }
}

/** Roles ordered by power; a member may only grant roles at or below their own. */
export function roleRank(role: Role): number {
  return ROLES.length - ROLES.indexOf(role);
}
