import { API_KEY_PREFIX, SCOPES, keyStart, newId, sha256Hex, toBase64Url, type OrgKind } from '@xuanpin/core';
import { apiKeys } from '../schema';
import { idOf, type SeedContext } from './context';
import { DEMO_ORGANIZATIONS } from './organizations';

export interface DemoApiKey {
  kind: OrgKind;
  slug: string;
  organization: string;
  key: string;
}

/** Read-only: the demo keys are printed in the README, so they must not be able to change anything. */
export const DEMO_KEY_SCOPES = SCOPES.filter((s) => s.endsWith(':read'));

/**
 * The demo key of an organization, derived from its slug so the README can name it.
 * Anyone can compute it: demo data never belongs in a deployed database.
 */
export async function demoApiKey(slug: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`demo:${slug}`)));
  return API_KEY_PREFIX + toBase64Url(digest).slice(0, 32);
}

/** One key per kind of organization, on the first organization of that kind. */
export function demoKeyOrganizations() {
  return DEMO_ORGANIZATIONS.filter((o, i) => DEMO_ORGANIZATIONS.findIndex((p) => p.kind === o.kind) === i);
}

/** Inserts the demo keys that are missing (the key hash is unique) and returns their secrets. */
export async function seedApiKeys(ctx: SeedContext): Promise<DemoApiKey[]> {
  const out: DemoApiKey[] = [];
  for (const org of demoKeyOrganizations()) {
    const key = await demoApiKey(org.slug);
    await ctx.db
      .insert(apiKeys)
      .values({
        id: newId('apiKey', ctx.now),
        orgId: idOf(ctx.orgIds, org.slug),
        name: 'Demo read-only key',
        hash: await sha256Hex(key),
        start: keyStart(key),
        scopes: [...DEMO_KEY_SCOPES],
        createdAt: ctx.now,
      })
      .onConflictDoNothing({ target: apiKeys.hash });
    out.push({ kind: org.kind, slug: org.slug, organization: org.name, key });
  }
  return out;
}
