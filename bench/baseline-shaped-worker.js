/**
 * A second baseline: the redirect's exact response — a 302 whose Location carries a fresh click id, and the
 * `xp_click` cookie — made with no link lookup and no click recording, and the same four request headers read. The
 * redirect ÷ this one is what the app's own logic costs; this one ÷ the bare 302 is what the response's shape costs.
 * Kept by hand in step with workers/app/src/services/redirect/handle.ts and the click id of packages/core/src/ids.ts.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PAIRS = Array.from({ length: 1024 }, (_, i) => ALPHABET[i >> 5] + ALPHABET[i & 31]);
const pool = new Uint8Array(4096);
let poolAt = pool.length;
let timeMs = NaN;
let timeChars = '';

/** A click id the way @xuanpin/core's newId makes one: `clk_`, 10 chars of time, 16 of pooled randomness. */
function clickId(now) {
  if (now !== timeMs) {
    timeChars = '';
    for (let i = 0, t = now; i < 10; i++, t = Math.floor(t / 32)) timeChars = ALPHABET[t % 32] + timeChars;
    timeMs = now;
  }
  if (poolAt + 10 > pool.length) {
    crypto.getRandomValues(pool);
    poolAt = 0;
  }
  const b = pool;
  const p = poolAt;
  poolAt += 10;
  let random = '';
  for (let h = p; h < p + 10; h += 5) {
    random +=
      PAIRS[(b[h] << 2) | (b[h + 1] >> 6)] +
      PAIRS[((b[h + 1] & 63) << 4) | (b[h + 2] >> 4)] +
      PAIRS[((b[h + 2] & 15) << 6) | (b[h + 3] >> 2)] +
      PAIRS[((b[h + 3] & 3) << 8) | b[h + 4]];
  }
  return `clk_${timeChars}${random}`;
}

export default {
  fetch(request) {
    const id = clickId(Date.now());
    const h = request.headers;
    h.get('cf-connecting-ip');
    h.get('user-agent');
    h.get('referer');
    h.get('cf-ipcountry');
    return new Response(null, {
      status: 302,
      headers: {
        location: `https://shop.example.test/products/bench-teapot?xp_click=${id}`,
        'set-cookie': `xp_click=${id}; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax`,
      },
    });
  },
};
