import { asc, inArray } from 'drizzle-orm';
import { enrollmentTerms, type Database, type EnrollmentTerm } from '@xuanpin/db';
import { chunks } from '../activities/rules';

/**
 * The terms in force at `at`: the highest version whose `effectiveAt` ≤ `at`. The latest decision wins once it
 * takes effect, so a raise made while a cut is scheduled is not undone when the cut's time comes. Orders freeze
 * what this answers at their time. (Version 1 is effective from the application, so there is always one.)
 */
export function termsInForce<T extends { version: number; effectiveAt: number }>(terms: readonly T[], at: number): T {
  let best: T | undefined;
  for (const t of terms) {
    if (t.effectiveAt <= at && (!best || t.version > best.version)) best = t;
  }
  return best ?? [...terms].sort((a, b) => a.version - b.version)[0];
}

/** Every version of each enrollment, oldest first, by enrollment id. */
export async function loadTerms(db: Database, enrollmentIds: string[]): Promise<Map<string, EnrollmentTerm[]>> {
  const map = new Map<string, EnrollmentTerm[]>(enrollmentIds.map((id) => [id, []]));
  for (const part of chunks(enrollmentIds)) {
    const rows = await db.select().from(enrollmentTerms).where(inArray(enrollmentTerms.enrollmentId, part)).orderBy(asc(enrollmentTerms.version));
    for (const r of rows) map.get(r.enrollmentId)?.push(r);
  }
  return map;
}

export const toTermView = (t: EnrollmentTerm) => ({
  version: t.version,
  creatorRateBps: t.creatorRateBps,
  serviceFeeBps: t.serviceFeeBps,
  effectiveAt: t.effectiveAt,
  createdAt: t.createdAt,
});

export const nextVersion = (terms: readonly { version: number }[]) => terms.reduce((max, t) => Math.max(max, t.version), 0) + 1;
