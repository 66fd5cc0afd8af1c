import { newId } from '@xuanpin/core';
import { activities } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import type { CreateActivityInput } from '../../schemas/activity';
import { commit } from '../audit/commit';
import { requireKind } from '../creators/kind';
import { checkActivityTerms, checkTargets, targetInserts } from './rules';
import { toActivity } from './view';

/** A provider opens a selection pool (团长活动) with its terms; targeted plans name their creators. */
export async function createActivity({ ctx, input }: { ctx: ServiceContext; input: CreateActivityInput }) {
  requireKind(ctx, 'provider');
  const targetCreatorIds = input.targetCreatorIds ?? [];
  const { status, targetCreatorIds: _t, exclusiveUntil, ...fields } = input;
  checkActivityTerms({ ...fields, exclusiveUntil: exclusiveUntil ?? null, targetCreatorIds });
  await checkTargets(ctx.db, targetCreatorIds);
  const row = {
    ...fields,
    id: newId('activity', ctx.now),
    orgId: ctx.caller.orgId,
    exclusiveUntil: exclusiveUntil ?? null,
    delegateOrgId: null,
    delegateShareBps: 0,
    status,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await commit(ctx.db, [ctx.db.insert(activities).values(row), ...targetInserts(ctx.db, row.id, targetCreatorIds, ctx.now)]);
  return toActivity(row, targetCreatorIds);
}
