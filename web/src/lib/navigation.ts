/** A post-sign-in destination from `?next=`, only ever a path on this site (never `//host` or a URL). */
export function safeNext(next: string | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
