import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { API_KEY_PREFIX, generateApiKey, isWellFormedApiKey, keyStart } from '../src/api-key';
import { fromBase64Url } from '../src/crypto';

describe('API keys', () => {
  it('are xpk_ and 32 base64url characters carrying 192 random bits', () => {
    const key = generateApiKey();
    expect(key).toMatch(/^xpk_[A-Za-z0-9_-]{32}$/);
    expect(isWellFormedApiKey(key)).toBe(true);
    expect(fromBase64Url(key.slice(API_KEY_PREFIX.length))).toHaveLength(24);
  });

  it('are different every time', () => {
    const keys = new Set(Array.from({ length: 1000 }, generateApiKey));
    expect(keys.size).toBe(1000);
  });

  it('keyStart keeps the prefix and 8 characters, never the secret', () => {
    const key = generateApiKey();
    expect(keyStart(key)).toBe(key.slice(0, 12));
    expect(key.startsWith(keyStart(key))).toBe(true);
  });

  it('a key is well formed exactly when it is the prefix and 32 characters of the alphabet', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 32, maxLength: 32 }), (chars) => {
        expect(isWellFormedApiKey(API_KEY_PREFIX + chars.join(''))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(isWellFormedApiKey(text)).toBe(/^xpk_[A-Za-z0-9_-]{32}$/.test(text));
      }),
    );
  });

  it('rejects near misses', () => {
    const key = generateApiKey();
    for (const bad of [key.slice(0, -1), `${key}A`, key.replace('xpk_', 'xpk-'), key.replace('xpk_', 'XPK_'), ` ${key}`, `${key}\n`, `xpk_${'+'.repeat(32)}`]) {
      expect(isWellFormedApiKey(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
