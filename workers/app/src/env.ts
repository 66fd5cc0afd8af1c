import * as v from 'valibot';
import type { Database } from '@xuanpin/db';
import type { OrgKind, Role, Scope } from '@xuanpin/core';

/** Worker bindings, as declared in wrangler.toml. */
export interface Bindings {
  DB: D1Database;
  EVENTS: Queue<unknown>;
  ASSETS?: Fetcher;
  ENVIRONMENT: string;
  PLATFORM_NAME?: string;
  /** Test/benchmark hook: when set, `/l/` answers carry `x-db-queries` (see services/redirect/handle.ts). */
  BENCH_COUNT_QUERIES?: string;
  /** Benchmark hook: when set, the redirect drops its clicks instead of queueing them (see services/redirect/sink.ts). */
  BENCH_DISCARD_CLICKS?: string;
  /**
   * Stripe (hosted checkout, top-ups, the webhook): optional — without the secrets only those routes answer 500
   * `misconfigured`. STRIPE_API_HOST/PORT/PROTOCOL point the SDK elsewhere than api.stripe.com (the local test
   * double in `pnpm dev` and the tests); never set them in production.
   */
  STRIPE_SECRET_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
  STRIPE_API_HOST?: string;
  STRIPE_API_PORT?: string;
  STRIPE_API_PROTOCOL?: string;
}

const BindingsSchema = v.object({
  DB: v.custom<D1Database>((x) => typeof x === 'object' && x !== null && 'prepare' in x, 'DB must be a D1 binding'),
  EVENTS: v.custom<Queue>((x) => typeof x === 'object' && x !== null && 'send' in x, 'EVENTS must be a Queue producer binding'),
  ENVIRONMENT: v.picklist(['development', 'test', 'staging', 'production'], 'ENVIRONMENT must be development, test, staging or production'),
});

/** The redirect Worker's bindings (wrangler.redirect.toml): the click queue and the app's `LinkResolver`. */
const RedirectBindingsSchema = v.object({
  EVENTS: BindingsSchema.entries.EVENTS,
  LINKS: v.custom<object>((x) => typeof x === 'object' && x !== null, 'LINKS must be a service binding to the app (entrypoint LinkResolver)'),
});

function problemsOf(schema: typeof BindingsSchema | typeof RedirectBindingsSchema, env: unknown): string[] {
  const result = v.safeParse(schema, env);
  return result.success ? [] : result.issues.map((i) => `${v.getDotPath(i) ?? '?'}: ${i.message}`);
}

/** Checks the bindings once per isolate; returns the list of problems (empty when fine). */
export const checkBindings = (env: unknown): string[] => problemsOf(BindingsSchema, env);
/** The same for the redirect Worker. */
export const checkRedirectBindings = (env: unknown): string[] => problemsOf(RedirectBindingsSchema, env);

const NO_PROBLEMS: readonly string[] = [];

/**
 * `check`, run once per env object (env is stable within an isolate; tests pass fakes): the env last found well
 * configured costs one comparison — the entries' fetch handlers call this on every request, the redirect's too.
 */
export function checkedOnce(check: (env: unknown) => string[]): (env: object) => readonly string[] {
  const problemsByEnv = new WeakMap<object, string[]>();
  let good: object | undefined;
  return (env) => {
    if (env === good) return NO_PROBLEMS;
    let problems = problemsByEnv.get(env);
    if (!problems) problemsByEnv.set(env, (problems = check(env)));
    if (problems.length === 0) good = env;
    return problems;
  };
}

export interface Clock {
  now(): number;
}

export interface Logger {
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

/** The services container built once per request by the init middleware. Handlers never construct clients. */
export interface Services {
  db: Database;
  clock: Clock;
  logger: Logger;
  env: Bindings;
  waitUntil(promise: Promise<unknown>): void;
}

/** Who is calling, resolved by the auth middleware from an API key or a web session. */
export interface Caller {
  orgId: string;
  orgKind: OrgKind;
  /** `usr_…` for a session, `key_…` for an API key. */
  actorId: string;
  scopes: readonly Scope[];
  via: 'key' | 'session';
  userId?: string;
  role?: Role;
  sessionId?: string;
}

/** What every service verb receives: the caller's organization and the services. */
export interface ServiceContext {
  db: Database;
  now: number;
  caller: Caller;
  requestId: string;
  logger: Logger;
}

export type AppEnv = {
  Bindings: Bindings;
  Variables: {
    requestId: string;
    services: Services;
    caller: Caller;
  };
};
