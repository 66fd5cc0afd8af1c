import path from 'node:path';
import type { TestProject } from 'vitest/node';

// Loaded by path, not by name: the Worker's package does not depend on the test double, and its sources use `.ts`
// import paths that this package's type-check does not allow (it has its own).
const STRIPE_LOCAL = path.resolve(import.meta.dirname, '../../../packages/stripe-local/src/index.ts');

declare module 'vitest' {
  export interface ProvidedContext {
    stripeLocalPort: number;
  }
}

/**
 * Once per run, in Node: the Stripe test double on a free loopback port, handed to the Worker's bindings
 * (vitest.config.ts reads it with `inject`). It delivers no webhooks by itself — a Worker under `SELF.fetch` has no
 * address — so tests fetch signed events from its /_test/ helpers and post them (test/stripe.ts).
 */
export default async function setup(project: TestProject) {
  const { startStripeLocal } = (await import(/* @vite-ignore */ STRIPE_LOCAL)) as {
    startStripeLocal(o: { port: number }): Promise<{ port: number; close(): Promise<void> }>;
  };
  const local = await startStripeLocal({ port: 0 });
  project.provide('stripeLocalPort', local.port);
  return () => local.close();
}
