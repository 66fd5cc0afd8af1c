/**
 * Builds the Worker bundle the way a deploy would (`wrangler deploy --dry-run --outdir`): the same esbuild
 * configuration, aliases and defines as production, without `wrangler dev` and without the network.
 */
import { mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { env, root, run } from '../scripts/lib.mjs';

/** Returns the path of the bundled entry module (`<outdir>/index.js`); throws when the build fails. */
export async function buildWorker(outdir) {
  // wrangler refuses to build when the assets directory of wrangler.toml is missing (a fresh clone has no web/dist);
  // the bench serves no assets, so an empty directory is enough.
  mkdirSync(path.join(root, 'web/dist'), { recursive: true });
  const code = await run('wrangler', ['deploy', '--dry-run', '--outdir', outdir, '--config', path.join(root, 'wrangler.toml')], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const entry = path.join(outdir, 'index.js');
  if (code !== 0 || !existsSync(entry)) throw new Error(`wrangler deploy --dry-run failed (exit ${code})`);
  return entry;
}
