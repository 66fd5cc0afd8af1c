import { WorkerEntrypoint } from 'cloudflare:workers';
import type { Bindings } from './env';
import { LINK_CODE } from './services/links/code';
import type { LinkTarget } from './services/redirect/cache';
import { resolveLinkIn } from './services/redirect/resolve';

/** What `LinkResolver.resolve` answers: the link's target and the D1 statements it took (0 unless counted). */
export interface Resolved {
  target: LinkTarget;
  queries: number;
}

/**
 * The redirect Worker's cache miss (redirect-worker.ts), answered by the app over a service binding (Workers RPC):
 * the link lookup and the rule of who an offer is open to stay in one place, with the schema they read. A named
 * entrypoint, so no URL reaches it; its caller is trusted, its arguments are still checked.
 */
export class LinkResolver extends WorkerEntrypoint<Bindings> {
  async resolve(code: string, now: number, countQueries = false): Promise<Resolved> {
    if (typeof code !== 'string' || !LINK_CODE.test(code)) throw new TypeError('resolve: code must be a link code');
    if (typeof now !== 'number' || !Number.isFinite(now)) throw new TypeError('resolve: now must be a time in ms');
    const counter = countQueries ? { queries: 0 } : undefined;
    const target = await resolveLinkIn(this.env.DB, code, now, counter);
    return { target, queries: counter?.queries ?? 0 };
  }
}
