import { sql } from 'drizzle-orm';
import { sampleRequests } from '@xuanpin/db';
import type { ServiceContext } from '../../env';
import { transition } from './transition';

export const DAY_MS = 86_400_000;

/** The merchant marks a shipped sample delivered; content is due `contentDueDays` (copied at request time) later. */
export const deliverSample = ({ ctx, input }: { ctx: ServiceContext; input: { id: string } }) =>
  transition(ctx, {
    id: input.id,
    by: 'merchant',
    from: 'shipped',
    to: 'delivered',
    verb: 'marked delivered',
    set: { deliveredAt: ctx.now, contentDueAt: sql`${ctx.now} + ${sampleRequests.contentDueDays} * ${DAY_MS}` },
  });
