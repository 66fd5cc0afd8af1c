import type { ServiceContext } from '../../env';
import { transition } from './transition';

/** The merchant accepts a requested sample. */
export const approveSample = ({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) =>
  transition(ctx, { id: input.id, by: 'merchant', from: 'requested', to: 'approved', verb: 'approved', set: { decidedAt: ctx.now } });
