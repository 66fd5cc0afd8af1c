/**
 * Money work at a million rows (scripts/ledger-scale.ts): an organization's derived balances and the merchants'
 * funding refresh on a ledger of 10,000 postings and on one of 1,000,000, libSQL in this process's child. The
 * headline is the ratio of a probe organization's balance time (same 1,000 postings in both ledgers): ≈ 1 when the
 * query follows the organization's own rows, not the table's.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { root } from '../scripts/lib.mjs';

/** @param ctx {{ figures }} */
export async function benchLedgerScale({ figures }) {
  const tsx = path.join(root, 'node_modules/.bin/tsx');
  const out = execFileSync(tsx, ['scripts/ledger-scale.ts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const r = JSON.parse(out.trim().split('\n').at(-1));
  figures.add('ledger.balances_1m_ratio', r.probeRatio, 'ratio', { digits: 2 });
  figures.add('ledger.balances_1m_ms', r.large.probeMs, 'ms', { context: true, digits: 2 });
  figures.add('ledger.platform_balances_1m_ms', r.large.platformMs, 'ms', { context: true, digits: 1 });
  figures.add('ledger.funding_refresh_1m_ms', r.large.fundingMs, 'ms', { context: true, digits: 1 });
  return r;
}
