import type { Context } from 'hono';
import type { AppEnv, ServiceContext } from '../env';

/** The context a service verb receives: the caller's organization, the database and the clock. */
export function serviceContext(c: Context<AppEnv>): ServiceContext {
  const { db, clock, logger } = c.var.services;
  return { db, now: clock.now(), caller: c.var.caller, requestId: c.var.requestId, logger };
}
