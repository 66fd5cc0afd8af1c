import { LINK_CODE } from '../../services/links/code';

const html = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' as const } } } });

const openLink = (method: 'GET' | 'HEAD') => ({
  operationId: method === 'GET' ? 'openLink' : 'checkLink',
  tags: ['Links'],
  summary: method === 'GET' ? 'Open a promo link (the redirect)' : 'Check a promo link without a click',
  description:
    method === 'GET'
      ? 'What a shopper opens. 302 to the destination with `xp_click=<click id>` added to its query (the query of ' +
        'the link itself is passed on, its fragment kept) and the same id in the first-party `xp_click` cookie. The ' +
        'click is recorded after the response (the queue, then the consumer): bots and repeats of one visitor within ' +
        'the hour are kept but not counted. Served by the redirect Worker in production (ADR 0009).'
      : 'The same redirect without a click id or cookie; never recorded.',
  security: [],
  parameters: [{ name: 'code', in: 'path' as const, required: true, schema: { type: 'string' as const, pattern: LINK_CODE.source } }],
  responses: {
    302: {
      description: 'To the destination',
      headers: {
        Location: { schema: { type: 'string' as const }, description: 'The destination' + (method === 'GET' ? ', with `xp_click=clk_…`' : '') },
        ...(method === 'GET' && {
          'Set-Cookie': {
            schema: { type: 'string' as const },
            description: '`xp_click=clk_…; Max-Age=<attribution window>; Path=/; HttpOnly; SameSite=Lax` (and `Secure` over HTTPS)',
          },
        }),
      },
    },
    404: html('No such link: a friendly page in the visitor’s language'),
    405: { description: 'Not GET or HEAD' },
    410: html('The link is disabled or its offer is no longer open: a friendly page, no redirect'),
    503: html('The link could not be looked up just now: a friendly "try again" page'),
  },
});

/**
 * `/l/{code}` is answered before the Hono app (services/redirect/handle.ts), so no route describes it: its entry in
 * the OpenAPI document is written here.
 */
export const redirectPaths = { '/l/{code}': { get: openLink('GET'), head: openLink('HEAD') } };
