/**
 * A second baseline: the redirect's exact response — a 302 whose Location carries a fresh click id, the `xp_click`
 * cookie, `Cache-Control: private, no-store` — made with no link lookup and no click recording, and the same three
 * request headers read. The redirect ÷ this one is what the app's own logic costs; this one ÷ the bare 302 is what
 * the response's shape costs. Kept by hand in step with workers/app/src/services/redirect/handle.ts.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A click id the way @xuanpin/core's newId makes one: `clk_`, 10 chars of time, 16 of randomness. */
function clickId(now) {
  let time = '';
  for (let i = 0, t = now; i < 10; i++, t = Math.floor(t / 32)) time = ALPHABET[t % 32] + time;
  let random = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of crypto.getRandomValues(new Uint8Array(10))) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      random += ALPHABET[(buffer >> bits) & 31];
    }
  }
  return `clk_${time}${random}`;
}

export default {
  fetch(request) {
    const id = clickId(Date.now());
    request.headers.get('cf-connecting-ip');
    request.headers.get('user-agent');
    request.headers.get('referer');
    return new Response(null, {
      status: 302,
      headers: {
        location: `https://shop.example.test/products/bench-teapot?xp_click=${id}`,
        'set-cookie': `xp_click=${id}; Max-Age=604800; Path=/; HttpOnly; SameSite=Lax`,
        'cache-control': 'private, no-store',
      },
    });
  },
};
