import type { CreatorHandle } from '@xuanpin/db';

/**
 * The profile's totals, stored so that the directory can filter and sort on columns: followers are summed;
 * views and engagement are averaged weighted by each handle's followers (a post on the big account counts
 * more). Integers only: BigInt keeps followers × views exact, and the division floors.
 */
export function deriveTotals(handles: readonly CreatorHandle[]): { followers: number; avgViews: number; avgEngagement: number } {
  const followers = handles.reduce((sum, h) => sum + h.followers, 0);
  // With no followers anywhere, every handle weighs the same.
  const weight = (h: CreatorHandle) => BigInt(followers > 0 ? h.followers : 1);
  const totalWeight = handles.reduce((sum, h) => sum + weight(h), 0n);
  const average = (pick: (h: CreatorHandle) => number) =>
    totalWeight === 0n ? 0 : Number(handles.reduce((sum, h) => sum + weight(h) * BigInt(pick(h)), 0n) / totalWeight);
  return { followers, avgViews: average((h) => h.avgViews), avgEngagement: average((h) => h.avgEngagement) };
}
