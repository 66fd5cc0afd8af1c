/**
 * A second baseline: the redirect's exact response — a 302 whose Location carries a fresh click id, and the
 * `xp_click` cookie — made with no link lookup and no click recording, and the same four request headers read. The
 * redirect ÷ this one is what the app's own logic costs; this one ÷ the bare 302 is what the response's shape costs.
 * Kept by hand in step with workers/app/src/services/redirect/handle.ts and the click id of packages/core/src/ids.ts.
 */
const CODES = Array.from('0123456789ABCDEFGHJKMNPQRSTVWXYZ', (c) => c.charCodeAt(0));
const pool = new Uint8Array(4096);
let poolAt = pool.length;
/** The id's character codes, reused: `clk_`, 10 of time, 16 of pooled randomness. */
const codes = [...Array.from('clk_', (c) => c.charCodeAt(0)), ...new Array(26).fill(0)];
let timeMs = NaN;

/** A click id the way @xuanpin/core's newId makes one: one flat string from character codes. */
function clickId(now) {
  if (now !== timeMs) {
    for (let i = 13, t = now; i >= 4; i--, t = Math.floor(t / 32)) codes[i] = CODES[t % 32];
    timeMs = now;
  }
  if (poolAt + 10 > pool.length) {
    crypto.getRandomValues(pool);
    poolAt = 0;
  }
  const b = pool;
  for (let h = poolAt, o = 14; h < poolAt + 10; h += 5, o += 8) {
    const b0 = b[h], b1 = b[h + 1], b2 = b[h + 2], b3 = b[h + 3], b4 = b[h + 4];
    codes[o] = CODES[b0 >> 3];
    codes[o + 1] = CODES[((b0 & 7) << 2) | (b1 >> 6)];
    codes[o + 2] = CODES[(b1 >> 1) & 31];
    codes[o + 3] = CODES[((b1 & 1) << 4) | (b2 >> 4)];
    codes[o + 4] = CODES[((b2 & 15) << 1) | (b3 >> 7)];
    codes[o + 5] = CODES[(b3 >> 2) & 31];
    codes[o + 6] = CODES[((b3 & 3) << 3) | (b4 >> 5)];
    codes[o + 7] = CODES[b4 & 31];
  }
  poolAt += 10;
  return String.fromCharCode.apply(null, codes);
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
