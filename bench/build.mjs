/**
 * Builds the Worker bundle the way a deploy would (`wrangler deploy --dry-run --outdir`): the same esbuild
 * configuration, aliases and defines as production, without `wrangler dev` and without the network.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { env, root, run } from '../scripts/lib.mjs';

/**
 * Builds the Worker of `config` (the app's wrangler.toml unless told) into `outdir`; returns the path of the bundled
 * entry module (named after the config's `main`); throws when the build fails.
 */
export async function buildWorker(outdir, config = 'wrangler.toml') {
  // wrangler refuses to build when the assets directory of wrangler.toml is missing (a fresh clone has no web/dist);
  // the bench serves no assets, so an empty directory is enough.
  mkdirSync(path.join(root, 'web/dist'), { recursive: true });
  const code = await run('wrangler', ['deploy', '--dry-run', '--outdir', outdir, '--config', path.join(root, config)], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const main = /^main\s*=\s*"([^"]+)"/m.exec(readFileSync(path.join(root, config), 'utf8'))?.[1] ?? 'index';
  const entry = path.join(outdir, `${path.basename(main).replace(/\.[cm]?[jt]s$/, '')}.js`);
  if (code !== 0 || !existsSync(entry)) throw new Error(`wrangler deploy --dry-run failed (exit ${code})`);
  return entry;
}
