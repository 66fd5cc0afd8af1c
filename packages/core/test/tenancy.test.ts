import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ORG_KINDS, RESOURCE_FAMILIES, ROLES, SCOPES, hasScope, isScope, roleRank, scopesForRole, type Scope } from '../src/tenancy';

const scope = fc.constantFrom(...SCOPES);
const granted = fc.subarray([...SCOPES]);

describe('scopes', () => {
  it('are a read and a write scope per resource family', () => {
    expect(SCOPES).toHaveLength(RESOURCE_FAMILIES.length * 2);
    for (const family of RESOURCE_FAMILIES) {
      expect(isScope(`${family}:read`)).toBe(true);
      expect(isScope(`${family}:write`)).toBe(true);
    }
    expect(isScope('catalog:delete')).toBe(false);
    expect(isScope('')).toBe(false);
  });

  it('a granted scope is held', () => {
    fc.assert(
      fc.property(granted, scope, (g, s) => {
        expect(hasScope([...g, s], s)).toBe(true);
      }),
    );
  });

  it('write implies read of the same family, never the other way round', () => {
    for (const family of RESOURCE_FAMILIES) {
      expect(hasScope([`${family}:write`], `${family}:read`)).toBe(true);
      expect(hasScope([`${family}:read`], `${family}:write`)).toBe(false);
    }
  });

  it('nothing is held beyond what was granted and what write implies', () => {
    fc.assert(
      fc.property(granted, scope, (g, s) => {
        const [family, action] = s.split(':');
        const implied = g.includes(s) || (action === 'read' && g.includes(`${family}:write` as Scope));
        expect(hasScope(g, s)).toBe(implied);
      }),
    );
  });

  it('an empty grant holds nothing, and unknown strings grant nothing', () => {
    for (const s of SCOPES) {
      expect(hasScope([], s)).toBe(false);
      expect(hasScope(['*', 'admin', 'catalog', 'catalog:*'], s)).toBe(false);
    }
  });
});

describe('roles', () => {
  it('owner and admin get every scope', () => {
    expect(scopesForRole('owner')).toEqual([...SCOPES]);
    expect(scopesForRole('admin')).toEqual([...SCOPES]);
  });

  it('member reads everything and writes everything but members, keys, organization and webhooks', () => {
    const member = scopesForRole('member');
    for (const s of SCOPES.filter((s) => s.endsWith(':read'))) expect(member).toContain(s);
    for (const family of ['members', 'keys', 'organization', 'webhooks']) expect(member).not.toContain(`${family}:write`);
    for (const family of ['catalog', 'activities', 'creators', 'samples', 'links', 'orders', 'commissions', 'payouts']) {
      expect(member).toContain(`${family}:write`);
    }
  });

  it('viewer only reads', () => {
    expect(scopesForRole('viewer')).toEqual(SCOPES.filter((s) => s.endsWith(':read')));
  });

  it('a role holds every scope a lower role holds', () => {
    for (const higher of ROLES) {
      for (const lower of ROLES.filter((r) => roleRank(r) < roleRank(higher))) {
        for (const s of scopesForRole(lower)) expect(scopesForRole(higher), `${higher} ⊇ ${lower}: ${s}`).toContain(s);
      }
    }
  });

  it('rank orders owner > admin > member > viewer', () => {
    expect(roleRank('owner')).toBeGreaterThan(roleRank('admin'));
    expect(roleRank('admin')).toBeGreaterThan(roleRank('member'));
    expect(roleRank('member')).toBeGreaterThan(roleRank('viewer'));
  });

  it('organization kinds are the four of the design', () => {
    expect([...ORG_KINDS].sort()).toEqual(['creator', 'merchant', 'platform', 'provider']);
  });
});
