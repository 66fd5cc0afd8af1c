import type { ServiceContext } from '../../env';
import { findOwnActivity } from './find';
import { loadTargets } from './rules';
import { toActivity } from './view';

export async function getActivity({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) {
  const row = await findOwnActivity(ctx, input.id);
  const targets = await loadTargets(ctx.db, [row.id]);
  return toActivity(row, targets.get(row.id) ?? []);
}
