import { newId } from '@xuanpin/core';
import { checkBindings, checkedOnce, type Bindings } from './env';
import { ApiError, errorBody } from './lib/errors';
import { createApp } from './app';
import { consumeQueue, type QueueMessage } from './jobs/queue';
import { runScheduled } from './jobs/scheduled';
import { handleRedirect, linkPathStart, type ResolveTarget } from './services/redirect/handle';
import { resolveLinkIn } from './services/redirect/resolve';

export { createApp } from './app';
// The redirect Worker's miss path (redirect-worker.ts), a named entrypoint: reachable by service binding only.
export { LinkResolver } from './link-resolver';
export type { AppType } from './routes';

const app = createApp();
const bindingProblemsOf = checkedOnce(checkBindings);

/** Bindings are checked once per isolate; a misconfigured deployment answers a clear 500 on every request. */
function misconfigured(request: Request, env: Bindings): Response | undefined {
  const bindingProblems = bindingProblemsOf(env);
  if (bindingProblems.length === 0) return undefined;
  // The same error body and request-id header as every other error, though the app never ran.
  const requestId = newId('request');
  console.error(JSON.stringify({ level: 'error', msg: 'misconfigured bindings', requestId, problems: bindingProblems }));
  const err = new ApiError('misconfigured', `The deployment is misconfigured: ${bindingProblems.join('; ')}`);
  return Response.json(errorBody(err, requestId, new URL(request.url).origin), { status: 500, headers: { 'X-Request-Id': requestId } });
}

/** The app answers a link's cache miss from its own D1 binding. */
const resolveFromD1: ResolveTarget<Bindings> = (env, code, now, counter) => resolveLinkIn(env.DB, code, now, counter);

export default {
  fetch(request: Request, env: Bindings, ctx: ExecutionContext) {
    // Promo links skip the app's middleware: the redirect is the hot path (services/redirect/handle.ts).
    // The URL is read once: every read of `request.url` copies it out of the runtime.
    const url = request.url;
    const pathStart = linkPathStart(url);
    if (pathStart >= 0) return misconfigured(request, env) ?? handleRedirect(request, env, ctx, url, pathStart, resolveFromD1);
    return misconfigured(request, env) ?? app.fetch(request, env, ctx);
  },
  async queue(batch: MessageBatch<QueueMessage>, env: Bindings) {
    if (bindingProblemsOf(env).length) throw new Error('misconfigured bindings');
    await consumeQueue(batch, env);
  },
  async scheduled(controller: ScheduledController, env: Bindings, ctx: ExecutionContext) {
    if (bindingProblemsOf(env).length) throw new Error('misconfigured bindings');
    ctx.waitUntil(runScheduled(controller.cron, env, controller.scheduledTime));
  },
} satisfies ExportedHandler<Bindings, QueueMessage>;
