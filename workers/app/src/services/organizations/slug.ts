import { inArray } from 'drizzle-orm';
import { randomToken } from '@xuanpin/core';
import { organizations, type Database } from '@xuanpin/db';

/** `Acme Trading Co.` → `acme-trading-co`; names with no Latin letters or digits (和風堂) fall back to `org`. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug || 'org';
}

/**
 * A slug no organization has yet: the name's slug, else `-2` … `-9`, else a random suffix. The unique index
 * stays the last guard against a concurrent sign-up taking the same one.
 */
export async function uniqueSlug(db: Database, name: string): Promise<string> {
  const base = slugify(name);
  const candidates = [base, ...Array.from({ length: 8 }, (_, i) => `${base}-${i + 2}`)];
  const taken = new Set(
    (await db.select({ slug: organizations.slug }).from(organizations).where(inArray(organizations.slug, candidates))).map((r) => r.slug),
  );
  return candidates.find((s) => !taken.has(s)) ?? `${base}-${randomToken(6).toLowerCase().replace(/[^a-z0-9]/g, 'x')}`;
}
