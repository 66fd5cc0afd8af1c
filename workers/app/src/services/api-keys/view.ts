import type { ApiKey as ApiKeyRow } from '@xuanpin/db';

/** What the API shows of a key: never its hash, never its secret (the secret is shown once, at creation). */
export interface ApiKeyView {
  id: string;
  name: string;
  start: string;
  scopes: string[];
  createdAt: number;
  expiresAt: number | null;
  lastUsedAt: number | null;
  revokedAt: number | null;
  rotatedFrom: string | null;
}

export function toView(row: ApiKeyRow): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    start: row.start,
    scopes: row.scopes,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
    rotatedFrom: row.rotatedFrom,
  };
}
