import type { Bindings } from '../src/env';
import type { LinkResolver } from '../src/link-resolver';

declare global {
  namespace Cloudflare {
    interface Env extends Bindings {
      TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
      LINKS: Service<LinkResolver>;
    }
  }
}
declare module 'cloudflare:test' {
  interface ProvidedEnv extends Bindings {
    TEST_MIGRATIONS: D1Migration[];
    LINKS: Service<LinkResolver>;
  }
}
