import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, SCREENSHOTS, type Browser } from './harness';

/**
 * Debian's Chromium for one test file: launched before its tests (with the screenshot folder made), closed after.
 * Tests read `chromium.browser` once the file's tests run.
 */
export function useChromium(): { readonly browser: Browser } {
  const holder = { browser: undefined as unknown as Browser };
  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    holder.browser = await launchChromium();
  });
  afterAll(async () => {
    await holder.browser?.close();
  });
  return holder;
}
