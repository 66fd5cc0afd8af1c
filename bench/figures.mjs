/**
 * The figures of one run: printed as they are measured, one line each (`bench <name> <value> <unit>`), and written
 * together to bench/results.json. `context` figures (absolute req/s, latencies, counts) help read the headline
 * ratios; they are printed and saved the same way.
 */
import { writeFileSync } from 'node:fs';

export class Figures {
  constructor() {
    this.list = [];
  }

  add(name, value, unit, { context = false, digits } = {}) {
    const rounded = typeof value === 'number' && digits !== undefined ? Number(value.toFixed(digits)) : value;
    this.list.push({ name, value: rounded, unit, context });
    console.log(`bench ${name} ${rounded} ${unit}`);
  }

  write(file, meta) {
    const figures = Object.fromEntries(this.list.map((f) => [f.name, { value: f.value, unit: f.unit, ...(f.context ? { context: true } : {}) }]));
    const { date, machine, ...details } = meta;
    writeFileSync(file, `${JSON.stringify({ date, machine, figures, ...details }, null, 2)}\n`);
  }
}

export function median(values) {
  return quantile(values, 0.5);
}

/** The `q` quantile of `values`, interpolated between the two nearest (q = 0.5: the median). */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return low === at ? sorted[low] : sorted[low] + (sorted[low + 1] - sorted[low]) * (at - low);
}
