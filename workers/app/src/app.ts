import { Hono } from 'hono';
import { openAPIRouteHandler } from 'hono-openapi';
import type { AppEnv } from './env';
import { init } from './middleware/init';
import { authenticate } from './middleware/auth';
import { limitBody } from './middleware/body-limit';
import { ApiError, errorBody } from './lib/errors';
import { onError } from './lib/on-error';
import { routes } from './routes';
import { redirectPaths } from './routes/redirect/openapi-paths';

const API_PREFIXES = ['/v1/', '/v1', '/auth/', '/webhooks/', '/openapi.json', '/docs', '/health', '/__dev/'];

export function createApp() {
  const app = new Hono<AppEnv>();
  app.use('*', init);
  app.use('/v1/*', limitBody(), authenticate);
  app.use('/auth/*', limitBody());
  app.route('/', routes);
  app.get(
    '/openapi.json',
    openAPIRouteHandler(app, {
      documentation: {
        openapi: '3.1.0',
        info: {
          title: 'Xuanpin API',
          version: '1.0.0',
          description:
            'The API of Xuanpin (选品), the platform for product-selection service providers, their merchants and creators. ' +
            'Authenticate with `Authorization: Bearer xpk_…` (an organization API key). Amounts are integers in the ' +
            "currency's minor unit; rates are basis points. Errors: see /docs/errors.",
        },
        servers: [{ url: '/', description: 'This deployment' }],
        paths: redirectPaths,
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', description: 'An organization API key, `xpk_…`.' },
            sessionCookie: { type: 'apiKey', in: 'cookie', name: 'xp_session', description: 'The web session (browser only), with `X-CSRF-Token` on writes.' },
          },
        },
      },
      exclude: ['/openapi.json', '/docs', '/docs/errors', /^\/__dev\//],
      // hono-openapi skips paths that look like files by default; /v1/exports/products.csv is an operation.
      excludeStaticFile: false,
      defaultValidationErrorResponse: {
        description: 'Invalid input; `error.path` names the field.',
        // A plain $ref: the generator structuredClones this object, which a resolver (holding functions) cannot survive.
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    }),
  );
  app.notFound(async (c) => {
    const path = c.req.path;
    if (c.env.ASSETS && !API_PREFIXES.some((p) => path.startsWith(p))) {
      return c.env.ASSETS.fetch(c.req.raw);
    }
    const err = new ApiError('not_found', `No route for ${c.req.method} ${path}.`);
    return c.json(errorBody(err, c.var.requestId, new URL(c.req.url).origin), 404);
  });
  app.onError(onError);
  return app;
}
