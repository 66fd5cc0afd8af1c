import { randomToken } from './crypto';

/** `xpk_` + 32 base64url characters (192 random bits). */
export const API_KEY_PREFIX = 'xpk_';
const KEY_PATTERN = /^xpk_[A-Za-z0-9_-]{32}$/;

export function generateApiKey(): string {
  return API_KEY_PREFIX + randomToken(24);
}

export function isWellFormedApiKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** What is kept for display: the prefix and the first 8 characters. */
export function keyStart(key: string): string {
  return key.slice(0, API_KEY_PREFIX.length + 8);
}
