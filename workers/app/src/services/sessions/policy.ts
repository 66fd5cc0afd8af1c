/** Session lifetimes (docs/adr/0004-auth.md). */
export const SESSION_IDLE_MS = 3 * 24 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 14 * 24 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, to keep reads cheap. */
export const SESSION_TOUCH_MS = 5 * 60 * 1000;
/** Brute-force brake: this many failed sign-ins for one email within the window answer 429 until it slides by. */
export const MAX_FAILED_SIGN_INS = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
