/** The hosted pages' frame: plain HTML, no scripts, no outside resources (the machines here are offline). */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f6f8fa; color: #1a1f36; }
  main { max-width: 28rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 3px #0002; }
  .banner { background: #fff3cd; color: #664d03; font-size: 0.85rem; padding: 0.4rem 0.8rem; text-align: center; }
  table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
  td { padding: 0.3rem 0; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .total { font-size: 1.6rem; font-weight: 600; }
  label { display: block; margin-top: 0.8rem; font-size: 0.9rem; }
  input { width: 100%; box-sizing: border-box; padding: 0.5rem; font: inherit; border: 1px solid #ccc; border-radius: 4px; }
  button { margin-top: 1.2rem; width: 100%; padding: 0.7rem; font: inherit; font-weight: 600; color: #fff; background: #635bff; border: 0; border-radius: 4px; cursor: pointer; }
  .error { color: #b42318; } .muted { color: #697386; font-size: 0.85rem; }
</style>
</head>
<body>
<div class="banner">stripe-local: a Stripe test double. No real payment is made.</div>
<main>
${body}
</main>
</body>
</html>
`;
}
