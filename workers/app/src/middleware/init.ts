import type { MiddlewareHandler } from 'hono';
import { newId } from '@xuanpin/core';
import { d1Database } from '@xuanpin/db';
import type { AppEnv, Services } from '../env';
import { createLogger } from '../lib/logger';

/** Test hook: replaces the services container (clock, database…) for requests built by `SELF.fetch`. */
let override: ((s: Services) => Services) | undefined;
export function overrideServices(fn: ((s: Services) => Services) | undefined) {
  override = fn;
}

/** Gives every request an id (echoed as `X-Request-Id`) and a typed services container. */
export const init: MiddlewareHandler<AppEnv> = async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const requestId = incoming && /^[\w.-]{8,64}$/.test(incoming) ? incoming : newId('request');
  c.set('requestId', requestId);
  let services: Services = {
    db: d1Database(c.env.DB),
    clock: { now: () => Date.now() },
    logger: createLogger(requestId),
    env: c.env,
    waitUntil: (p) => {
      try {
        c.executionCtx.waitUntil(p);
      } catch {
        void p;
      }
    },
  };
  if (override) services = override(services);
  c.set('services', services);
  c.header('X-Request-Id', requestId);
  await next();
  c.header('X-Request-Id', requestId);
};
