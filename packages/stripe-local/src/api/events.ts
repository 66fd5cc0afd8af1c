/** Events: retrieve and list (newest first; `type` with a trailing `.*` wildcard, or `types[]`). */
import { invalidRequest, resourceMissing } from '../errors.ts';
import { LIST_FIELDS } from '../params.ts';
import { list } from '../list.ts';
import type { Route } from '../router.ts';
import { matchesEnabledEvents } from '../webhooks.ts';

export const eventRoutes: Route[] = [
  {
    method: 'GET',
    path: '/v1/events/:id',
    fields: {},
    handle: ({ engine, path }) => {
      const event = engine.store.events.get(path.id);
      if (!event) throw resourceMissing('event', path.id);
      return event;
    },
  },
  {
    method: 'GET',
    path: '/v1/events',
    fields: {
      ...LIST_FIELDS,
      type: { type: 'string' },
      types: { type: 'array', of: { type: 'string' }, max: 20 },
      delivery_success: { type: 'boolean' },
    },
    handle: ({ engine, params }) => {
      if (params.type && params.types) throw invalidRequest('You may only specify one of these parameters: type, types.');
      const patterns: string[] | null = params.type ? [params.type] : params.types ?? null;
      return list(engine.store.events.newestFirst(), params, '/v1/events', 'event', (e) =>
        (!patterns || matchesEnabledEvents(patterns, e.type)) &&
        (params.delivery_success === undefined || (e.pending_webhooks === 0) === params.delivery_success),
      );
    },
  },
];
