/** The Worker's Stripe settings in tests: the SDK talks to the stripe-local started by test/stripe-local.setup.ts. */
export const TEST_STRIPE_SECRET_KEY = 'sk_test_xuanpin_workerd';
export const TEST_STRIPE_WEBHOOK_SECRET = 'whsec_xuanpin_workerd_test';

export function stripeBindings(port: number) {
  return {
    STRIPE_SECRET_KEY: TEST_STRIPE_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: TEST_STRIPE_WEBHOOK_SECRET,
    STRIPE_API_HOST: '127.0.0.1',
    STRIPE_API_PORT: String(port),
    STRIPE_API_PROTOCOL: 'http',
  };
}

/**
 * The stripe package ships `sourceMappingURL` comments to sources it does not publish, and Vite warns once per module
 * (200+ lines per run). Loading its files without the comment keeps the test output readable.
 */
export function stripeWithoutSourcemaps() {
  return {
    name: 'xuanpin:stripe-without-sourcemaps',
    enforce: 'pre' as const,
    async load(id: string) {
      if (!/[\\/]node_modules[\\/](\.pnpm[\\/]stripe@[^\\/]+[\\/]node_modules[\\/])?stripe[\\/].*\.js$/.test(id)) return null;
      const { readFile } = await import('node:fs/promises');
      return { code: (await readFile(id.split('?')[0], 'utf8')).replace(/\/\/# sourceMappingURL=\S+\s*$/, ''), map: null };
    },
  };
}
