/**
 * The seeded fault simulation at full size (scripts/fault-sim.ts: `seeds` seeds × `ops` operations through the real
 * order and ledger services on libSQL, failures injected into batches, invariants after every operation), run after
 * the Workers are stopped so that it has the machine's cores. Its figures: how many seeds ran, how many found a
 * violation (goal 0), how long it took.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../scripts/lib.mjs';

/** @param ctx {{ figures, settings: { faultSeeds, faultOps } }} */
export async function benchFaultSim({ figures, settings }) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xuanpin-fault-sim-'));
  const report = path.join(dir, 'report.json');
  try {
    const code = await run('pnpm', ['exec', 'tsx', 'scripts/fault-sim.ts', '--seeds', String(settings.faultSeeds), '--ops', String(settings.faultOps), '--json', report]);
    let summary;
    try {
      summary = JSON.parse(readFileSync(report, 'utf8')).faultSim;
    } catch {
      throw new Error(`fault-sim exited ${code} without a report`);
    }
    figures.add('fault_sim.seeds', summary.seeds, 'seeds');
    figures.add('fault_sim.violations', summary.violations, 'count');
    figures.add('fault_sim.ops', summary.ops, 'ops/seed', { context: true });
    figures.add('fault_sim.seconds', summary.seconds, 's', { context: true, digits: 1 });
    figures.add('fault_sim.cpu', summary.cpuSeconds, 's', { context: true, digits: 1 });
    return summary;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
