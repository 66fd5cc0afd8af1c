import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { ERROR_DESCRIPTIONS, ERROR_STATUS, type ErrorCode } from '../../lib/errors';

const escape = (s: string) => s.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The API reference (Scalar, served from our own static assets so it works offline) and the error code table.
 * Both are HTML pages for people, so they are not operations in the OpenAPI document.
 */
export const route = new Hono<AppEnv>()
  .get('/docs', (c) =>
    c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Xuanpin API reference</title></head>
<body>
<script id="api-reference" data-url="/openapi.json" data-configuration='${JSON.stringify({
      withDefaultFonts: false,
      telemetry: false,
      proxyUrl: '',
      hideClientButton: true,
      showDeveloperTools: 'never',
      agent: { disabled: true },
      mcp: { disabled: true },
      hideDarkModeToggle: false,
    })}'></script>
<script src="/vendor/scalar/standalone.js"></script>
</body></html>`),
  )
  .get('/docs/errors', (c) => {
    const rows = (Object.keys(ERROR_STATUS) as ErrorCode[])
      .map((code) => `<tr id="${code}"><td><code>${code}</code></td><td>${ERROR_STATUS[code]}</td><td>${escape(ERROR_DESCRIPTIONS[code])}</td></tr>`)
      .join('\n');
    return c.html(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Xuanpin API errors</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:860px;margin:2rem auto;padding:0 1rem;color:#1f2328}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e5e7eb;padding:.5rem;text-align:left;vertical-align:top}
tr:target{background:#fff7d6}</style></head>
<body><h1>Errors</h1>
<p>Every error answers <code>{"error":{"code","message","docs","requestId"}}</code>; validation errors add <code>path</code> (the field) and <code>issues</code>. The <code>X-Request-Id</code> header is on every response.</p>
<table><thead><tr><th>code</th><th>status</th><th>meaning</th></tr></thead><tbody>${rows}</tbody></table>
<p><a href="/docs">API reference</a></p></body></html>`);
  });
