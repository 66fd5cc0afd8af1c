import { and, eq, inArray } from 'drizzle-orm';
import { checkRates, type PlanType } from '@xuanpin/core';
import { activityTargets, organizations, type Database } from '@xuanpin/db';
import { ApiError } from '../../lib/errors';

/** The terms of an activity after a create or an update, checked together because they depend on each other. */
export interface ActivityTerms {
  planType: PlanType;
  exclusiveUntil: number | null;
  minCreatorRateBps: number;
  serviceFeeBps: number;
  startsAt: number;
  endsAt: number;
  targetCreatorIds: string[];
}

const invalid = (path: string, message: string) => new ApiError('validation_failed', `\`${path}\`: ${message}`, { path });

/** Throws a 400 naming the first field that breaks a rule: dates in order, plan-specific fields, rate bounds. */
export function checkActivityTerms(t: ActivityTerms): void {
  if (t.endsAt <= t.startsAt) throw invalid('endsAt', 'must be after startsAt.');
  if (t.planType === 'exclusive') {
    if (t.exclusiveUntil === null) throw invalid('exclusiveUntil', 'is required for exclusive plans.');
    if (t.exclusiveUntil <= t.startsAt) throw invalid('exclusiveUntil', 'must be after startsAt.');
  } else if (t.exclusiveUntil !== null) {
    throw invalid('exclusiveUntil', 'only exclusive plans have an exclusivity period.');
  }
  if (t.planType === 'targeted' && t.targetCreatorIds.length === 0) {
    throw invalid('targetCreatorIds', 'targeted plans name at least one creator.');
  }
  if (t.planType !== 'targeted' && t.targetCreatorIds.length > 0) {
    throw invalid('targetCreatorIds', 'only targeted plans name creators.');
  }
  const problem = checkRates(t.planType, t.minCreatorRateBps, t.serviceFeeBps);
  if (problem) throw invalid(problem.field === 'creatorRateBps' ? 'minCreatorRateBps' : 'serviceFeeBps', problem.message);
}

/** D1 binds at most 100 parameters per statement. */
export function chunks<T>(items: T[], size = 90): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every target must be an existing creator organization; the error names the first that is not. */
export async function checkTargets(db: Database, ids: string[]): Promise<void> {
  const found = new Set<string>();
  for (const part of chunks(ids)) {
    const rows = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(inArray(organizations.id, part), eq(organizations.kind, 'creator')));
    for (const r of rows) found.add(r.id);
  }
  const bad = ids.findIndex((id) => !found.has(id));
  if (bad >= 0) throw invalid(`targetCreatorIds.${bad}`, 'no creator organization has this id.');
}

/** The inserts that name an activity's targets, in statements small enough for D1. */
export function targetInserts(db: Database, activityId: string, ids: string[], now: number) {
  return chunks(ids, 30).map((part) =>
    db.insert(activityTargets).values(part.map((creatorOrgId) => ({ activityId, creatorOrgId, createdAt: now }))),
  );
}

/** The targets of each activity, by activity id. */
export async function loadTargets(db: Database, activityIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(activityIds.map((id) => [id, []]));
  for (const part of chunks(activityIds)) {
    const rows = await db.select().from(activityTargets).where(inArray(activityTargets.activityId, part));
    for (const r of rows) map.get(r.activityId)?.push(r.creatorOrgId);
  }
  return map;
}
