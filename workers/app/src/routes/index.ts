import { Hono } from 'hono';
import type { AppEnv } from '../env';
import * as health from './system/health';
import * as docs from './system/docs';
import * as me from './me/get';

/**
 * Every operation, one file each, chained so that `typeof routes` carries their types to the web's typed client.
 * Add one `.route('/', x.route)` line per operation file.
 */
export const routes = new Hono<AppEnv>()
  .route('/', health.route)
  .route('/', docs.route)
  .route('/', me.route);

export type AppType = typeof routes;
