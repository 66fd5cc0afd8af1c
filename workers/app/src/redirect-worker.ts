import { checkedOnce, checkRedirectBindings } from './env';
import type { LinkResolver } from './link-resolver';
import { handleRedirect, linkPathStart, type RedirectEnv, type ResolveTarget } from './services/redirect/handle';
import { page } from './services/redirect/pages';

/**
 * The redirect Worker (wrangler.redirect.toml): `/l/<code>` on its own, routed in front of the app. The same
 * handler as the app's `/l/` (services/redirect/handle.ts), in a bundle of a few dozen KB instead of the app's
 * megabytes — measured nearer the bare runtime per redirect (docs/adr/0009-redirect-worker.md). A cache miss
 * asks the app's `LinkResolver` over a service binding; clicks go to the same EVENTS queue, consumed by the app.
 */
export interface RedirectBindings extends RedirectEnv {
  LINKS: Service<LinkResolver>;
}

const resolveOverBinding: ResolveTarget<RedirectBindings> = async (env, code, now, counter) => {
  const resolved = await env.LINKS.resolve(code, now, counter !== undefined);
  if (counter) counter.queries += resolved.queries;
  return resolved.target;
};

const bindingProblemsOf = checkedOnce(checkRedirectBindings);

export default {
  fetch(request: Request, env: RedirectBindings, ctx: ExecutionContext) {
    const url = request.url;
    const problems = bindingProblemsOf(env);
    if (problems.length) {
      console.error(JSON.stringify({ level: 'error', msg: 'misconfigured bindings', problems }));
      return page('unavailable', request);
    }
    // Only /l/ is routed here; anything else is not a link.
    const pathStart = linkPathStart(url);
    return pathStart >= 0 ? handleRedirect(request, env, ctx, url, pathStart, resolveOverBinding) : page('unknown', request);
  },
} satisfies ExportedHandler<RedirectBindings>;
