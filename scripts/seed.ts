/**
 * Loads the demo data into the local D1 database that `wrangler dev` uses (.wrangler/state).
 * Run by scripts/dev.mjs after the migrations: `corepack pnpm exec tsx scripts/seed.ts`.
 * getPlatformProxy gives the same D1 binding, backed by the same files, that the Worker sees.
 */
import path from 'node:path';
import { getPlatformProxy } from 'wrangler';
import { d1Database } from '@xuanpin/db';
import { seedDemo } from '@xuanpin/db/seed/index';
import { demoOrderPipeline } from '../workers/app/src/services/orders/demo-pipeline';

const root = path.resolve(import.meta.dirname, '..');

const proxy = await getPlatformProxy<{ DB: D1Database }>({
  configPath: path.join(root, 'wrangler.toml'),
  persist: true,
  remoteBindings: false,
});
try {
  // The demo orders go through the Worker's own order pipeline (packages/db cannot import it: it is handed in).
  const summary = await seedDemo(d1Database(proxy.env.DB), Date.now(), { orders: demoOrderPipeline });
  const width = Math.max(...summary.logins.map((l) => l.email.length));
  console.log('\nDemo logins (password for all: %s)', summary.logins[0]?.password);
  for (const login of summary.logins) console.log(`  ${login.email.padEnd(width)}  ${login.organizations.join(', ')}`);
  console.log('\nDemo API keys (read-only)');
  for (const k of summary.apiKeys) console.log(`  ${k.kind.padEnd(9)} ${k.key}  ${k.organization}`);
  const o = summary.orders;
  if (o) {
    console.log(
      `\nDemo orders: ${o.orders} (${o.attributed} attributed, ${o.confirmed} delivered, ${o.partlyRefunded} partly refunded, ${o.cancelled} cancelled, ${o.held} held); ` +
        `commission lines ${Object.entries(o.lines).map(([s, n]) => `${n} ${s}`).join(', ')}; ${o.merchantsPaused} merchant paused for funding`,
    );
  }
} finally {
  await proxy.dispose();
}
