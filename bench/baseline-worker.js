/**
 * The baseline the redirect is measured against: the least a Worker can do for `GET /l/<code>`, a bare 302 with a
 * Location header and nothing else (no routing, no database, no cookie). Whatever the redirect costs on top of this
 * is the app's own cost; whatever both cost is the runtime's (Miniflare/workerd on this machine).
 */
export default {
  fetch() {
    return new Response(null, { status: 302, headers: { Location: 'https://example.com/' } });
  },
};
