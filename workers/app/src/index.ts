import { checkBindings, type Bindings } from './env';
import { createApp } from './app';
import { consumeQueue, type QueueMessage } from './jobs/queue';
import { runScheduled } from './jobs/scheduled';

export { createApp } from './app';
export type { AppType } from './routes';

const app = createApp();
let bindingProblems: string[] | undefined;

/** Bindings are checked once per isolate; a misconfigured deployment answers a clear 500 on every request. */
function misconfigured(env: Bindings): Response | undefined {
  bindingProblems ??= checkBindings(env);
  if (bindingProblems.length === 0) return undefined;
  console.error(JSON.stringify({ level: 'error', msg: 'misconfigured bindings', problems: bindingProblems }));
  return Response.json(
    {
      error: {
        code: 'misconfigured',
        message: `The deployment is misconfigured: ${bindingProblems.join('; ')}`,
        docs: '/docs/errors#misconfigured',
        requestId: 'none',
      },
    },
    { status: 500 },
  );
}

export default {
  fetch(request: Request, env: Bindings, ctx: ExecutionContext) {
    return misconfigured(env) ?? app.fetch(request, env, ctx);
  },
  async queue(batch: MessageBatch<QueueMessage>, env: Bindings) {
    if (checkBindings(env).length) throw new Error('misconfigured bindings');
    await consumeQueue(batch, env);
  },
  async scheduled(controller: ScheduledController, env: Bindings, ctx: ExecutionContext) {
    if (checkBindings(env).length) throw new Error('misconfigured bindings');
    ctx.waitUntil(runScheduled(controller.cron, env, controller.scheduledTime));
  },
} satisfies ExportedHandler<Bindings, QueueMessage>;
