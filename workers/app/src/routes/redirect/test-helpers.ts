import { SELF } from 'cloudflare:test';
import { afterEach, beforeEach } from 'vitest';
import { clearLinkCache } from '../../services/redirect/cache';
import { overrideRedirectClock } from '../../services/redirect/handle';
import { drainClicks, FLUSH_DELAY_MS, overrideClickSender } from '../../services/redirect/sink';
import { unpackClicks, type RawClick } from '../../services/clicks/message';
import { BASE } from '../../../test/security';

export const BROWSER_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

/**
 * The clicks the redirect flushed during a test (unpacked from the queue messages), instead of the queue (so each
 * test decides when the consumer runs). Also resets the link cache and the redirect clock around each test.
 */
export function captureClicks() {
  const sent: RawClick[] = [];
  beforeEach(() => {
    sent.length = 0;
    clearLinkCache();
    overrideClickSender(async (_env, messages) => void sent.push(...messages.flatMap((m) => unpackClicks(m)!)));
  });
  afterEach(async () => {
    await drainClicks(); // a test's late clicks must not land in the next test
    overrideClickSender(undefined);
    overrideRedirectClock(undefined);
    clearLinkCache();
  });
  return {
    sent,
    /** Waits until `n` clicks were flushed (the flush runs FLUSH_DELAY_MS after the first response). */
    async waitFor(n: number): Promise<RawClick[]> {
      for (let i = 0; i < 300 && sent.length < n; i++) await new Promise((r) => setTimeout(r, 10));
      return sent.slice(0, n);
    },
  };
}

/** Opens a promo link the way a browser would, without following the redirect. */
export function visit(path: string, init: { method?: string; headers?: Record<string, string>; base?: string } = {}) {
  return SELF.fetch((init.base ?? BASE) + path, {
    method: init.method ?? 'GET',
    redirect: 'manual',
    headers: { 'user-agent': BROWSER_UA, 'cf-connecting-ip': '203.0.113.7', ...init.headers },
  });
}

/** Lets pending flushes run, for tests that check that nothing was sent. */
export const settle = () => new Promise((r) => setTimeout(r, FLUSH_DELAY_MS + 100));
