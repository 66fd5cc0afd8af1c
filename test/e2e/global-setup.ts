import type { TestProject } from 'vitest/node';
import { buildWeb, ensureChromium, startWorker, webBuildStale } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    stripeURL: string;
  }
}

/** Once per run: Chromium present, web/dist current, one Worker for every e2e test; stopped at the end. */
export default async function setup(project: TestProject) {
  ensureChromium();
  if (webBuildStale()) buildWeb();
  const worker = await startWorker();
  project.provide('baseURL', worker.url);
  project.provide('stripeURL', worker.stripeUrl);
  return async () => {
    await worker.stop();
  };
}
