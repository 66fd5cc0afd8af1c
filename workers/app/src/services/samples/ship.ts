import type { ServiceContext } from '../../env';
import { transition } from './transition';

/** The merchant ships an approved sample, with carrier and tracking number. */
export const shipSample = ({ ctx, input }: { ctx: ServiceContext; input: { id: string; carrier: string; trackingNumber: string } }) =>
  transition(ctx, {
    id: input.id,
    by: 'merchant',
    from: 'approved',
    to: 'shipped',
    verb: 'shipped',
    set: { shippedAt: ctx.now, carrier: input.carrier, trackingNumber: input.trackingNumber },
  });
