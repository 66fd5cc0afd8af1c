import type { ServiceContext } from '../../env';
import { transition } from './transition';

/** The creator withdraws a request the merchant has not decided yet; the units go back. */
export const cancelSample = ({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) =>
  transition(ctx, { id: input.id, by: 'creator', from: 'requested', to: 'cancelled', verb: 'cancelled', returnUnits: true });
