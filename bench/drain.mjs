/** Waiting for the queue consumer: the rows of a link in `clicks`, polled until they stop changing. */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function countClicks(db, linkId) {
  const row = await db
    .prepare('SELECT count(*) AS persisted, coalesce(sum(counted), 0) AS counted FROM clicks WHERE link_id = ?')
    .bind(linkId)
    .first();
  return { persisted: Number(row.persisted), counted: Number(row.counted) };
}

/**
 * Polls every `everyMs` until `expected` rows are there, or the count has not moved for `stallMs`, or `maxMs`
 * passed: a bounded wait that ends as soon as the queue has drained.
 */
export async function waitForDrain(db, linkId, { expected, stallMs, maxMs, everyMs = 250 }) {
  const started = Date.now();
  let last = await countClicks(db, linkId);
  let lastChange = Date.now();
  while (Date.now() - started < maxMs) {
    if (expected !== undefined && last.persisted >= expected) break;
    if (Date.now() - lastChange >= stallMs) break;
    await sleep(everyMs);
    const now = await countClicks(db, linkId);
    if (now.persisted !== last.persisted) lastChange = Date.now();
    last = now;
  }
  return { ...last, waitedMs: Date.now() - started };
}
