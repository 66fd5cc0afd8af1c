import type { ServiceContext } from '../../env';
import { transition } from './transition';

/** The merchant declines a requested sample, with a reason; the units go back to the product's sample stock. */
export const rejectSample = ({ ctx, input }: { ctx: ServiceContext; input: { id: string; reason: string } }) =>
  transition(ctx, {
    id: input.id,
    by: 'merchant',
    from: 'requested',
    to: 'rejected',
    verb: 'rejected',
    set: { decidedAt: ctx.now, decisionReason: input.reason },
    returnUnits: true,
  });
