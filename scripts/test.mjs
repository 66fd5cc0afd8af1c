/**
 * `corepack pnpm test`: every suite, then one plain line `N passed, N failed[, N skipped]` that CI reads.
 * Each suite runs vitest with its readable reporter plus the JSON reporter into a temporary file; the counts come
 * from those files. A suite that exits non-zero, or leaves no JSON report (it crashed), counts as a failure.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { env, requireNode22, root, run } from './lib.mjs';

requireNode22('test');

const CHROMIUM = '/usr/bin/chromium';

const suites = [
  { name: 'packages/core (node)', pkg: '@xuanpin/core' },
  { name: 'packages/db (node, libSQL)', pkg: '@xuanpin/db' },
  { name: 'packages/stripe-local (node, real stripe SDK)', pkg: '@xuanpin/stripe-local' },
  { name: 'workers/app (workerd)', pkg: '@xuanpin/app' },
  // The seeded fault simulation of orders and the ledger, CI size (`corepack pnpm bench` runs 1,000 seeds); a seed is a test.
  { name: 'fault simulation (50 seeds × 200 ops, libSQL)', args: (report) => ['exec', 'tsx', 'scripts/fault-sim.ts', '--seeds', '50', '--ops', '200', '--json', report] },
  {
    name: 'test/ (e2e, Chromium)',
    pkg: '@xuanpin/test',
    ready: () => existsSync(path.join(root, 'test/vitest.config.ts')),
    // Its global setup builds web/ when stale and starts the Worker; Chromium comes from Debian.
    prepare: ensureChromium,
  },
];

const CJK_FONT_DIR = '/usr/share/fonts/opentype/noto';

/**
 * Debian's Chromium is what the e2e suite drives (playwright's own download cannot work offline); the Noto CJK
 * fonts make the Japanese and Chinese screenshots readable.
 */
async function ensureChromium() {
  if (existsSync(CHROMIUM) && existsSync(CJK_FONT_DIR)) return true;
  console.log(`Installing Debian's chromium and fonts-noto-cjk (needs root).`);
  const apt = await run('sh', ['-c', 'apt-get update && apt-get install -y chromium fonts-noto-cjk'], {
    env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return apt === 0 && existsSync(CHROMIUM);
}

const reports = mkdtempSync(path.join(tmpdir(), 'xuanpin-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

for (const [i, suite] of suites.entries()) {
  console.log(`\n━━ ${suite.name}`);
  if (suite.ready && !suite.ready()) {
    lines.push(`${suite.name}: not run (no test/vitest.config.ts yet)`);
    console.log('not run: no test/vitest.config.ts yet');
    continue;
  }
  if (suite.prepare && !(await suite.prepare())) {
    totals.failed += 1;
    lines.push(`${suite.name}: FAILED to prepare (counted as 1 failure)`);
    continue;
  }
  const report = path.join(reports, `${i}.json`);
  const code = await run('pnpm', suite.args ? suite.args(report) : [
    '--filter', suite.pkg, 'exec', 'vitest', 'run',
    '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
  ]);
  const counts = countsOf(report);
  if (!counts) {
    totals.failed += 1;
    lines.push(`${suite.name}: CRASHED with exit ${code} and no report (counted as 1 failure)`);
    continue;
  }
  // A failing run with no failed test (a file that cannot load, an unhandled error) is still a failure.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  lines.push(`${suite.name}: ${summary(counts)}${code !== 0 ? ` (exit ${code})` : ''}`);
}
rmSync(reports, { recursive: true, force: true });

/** The counts of a vitest JSON report, or null when there is no readable report. */
function countsOf(file) {
  try {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    return { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests };
  } catch {
    return null;
  }
}

function summary({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

console.log(`\n━━ Summary\n${lines.map((l) => `  ${l}`).join('\n')}\n`);
console.log(summary(totals));
process.exit(totals.failed > 0 ? 1 : 0);
