import type { ServiceContext } from '../../env';
import { transition } from './transition';

/** The creator submits the post for a delivered sample, on time or late (`postedOnTime` tells which). */
export const postSample = ({ ctx, input }: { ctx: ServiceContext; input: { id: string; postUrl: string } }) =>
  transition(ctx, { id: input.id, by: 'creator', from: 'delivered', to: 'posted', verb: 'posted', set: { postUrl: input.postUrl, postedAt: ctx.now } });
