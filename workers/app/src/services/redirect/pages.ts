/**
 * The friendly pages a shopper may meet instead of a redirect: an unknown link, an offer that has ended, a
 * hiccup. Plain HTML with inline style (no script, no outside request), in the shopper's language among ours.
 */
export type Lang = 'en' | 'ja' | 'zh-CN';

const TEXT = {
  unknown: {
    en: ['Link not found', 'This link does not exist. Check that it was copied whole.'],
    ja: ['リンクが見つかりません', 'このリンクは存在しません。リンクが途中で切れていないかご確認ください。'],
    'zh-CN': ['链接不存在', '此链接不存在，请检查链接是否完整。'],
  },
  ended: {
    en: ['This offer has ended', 'The promotion for “{product}” is over or paused, so this link no longer leads to it.'],
    ja: ['このオファーは終了しました', '「{product}」のキャンペーンは終了または一時停止中のため、このリンクからはご覧いただけません。'],
    'zh-CN': ['该活动已结束', '「{product}」的推广已结束或暂停，此链接已无法跳转。'],
  },
  unavailable: {
    en: ['Please try again', 'We could not open this link just now. Reload the page in a moment.'],
    ja: ['もう一度お試しください', 'ただいまこのリンクを開けませんでした。しばらくしてから再読み込みしてください。'],
    'zh-CN': ['请稍后重试', '暂时无法打开此链接，请稍后刷新页面。'],
  },
} as const;

export type PageKind = keyof typeof TEXT;
const STATUS: Record<PageKind, number> = { unknown: 404, ended: 410, unavailable: 503 };

/** The first of our languages the browser asks for (`Accept-Language`), English otherwise. */
export function pickLang(acceptLanguage: string | null): Lang {
  for (const part of (acceptLanguage ?? '').toLowerCase().split(',')) {
    const tag = part.split(';')[0].trim();
    if (tag.startsWith('ja')) return 'ja';
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE =
  'body{font:16px/1.6 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#faf7f2;color:#2b2622}' +
  'main{max-width:28rem;padding:2rem;text-align:center}h1{font-size:1.4rem;margin:0 0 .5rem}p{margin:0 0 .5rem;color:#5c544d}' +
  'img{max-width:100%;border-radius:.5rem}.price{font-size:1.2rem;color:#2b2622}';

/** A whole page: `main` is trusted HTML (escape what goes into it); `style` adds to the shared inline style. */
export function document(lang: Lang, title: string, main: string, style = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}${style}</style></head><body><main>${main}</main></body></html>`;
}

export function page(kind: PageKind, request: Request, vars: { product?: string } = {}): Response {
  const lang = pickLang(request.headers.get('accept-language'));
  const [title, body] = TEXT[kind][lang];
  const text = escapeHtml(body).replace('{product}', escapeHtml(vars.product ?? ''));
  return html(request, STATUS[kind], document(lang, title, `<h1>${escapeHtml(title)}</h1><p>${text}</p>`));
}

export function html(request: Request, status: number, body: string, extraCsp = ''): Response {
  return new Response(request.method === 'HEAD' ? null : body, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'${extraCsp ? `; ${extraCsp}` : ''}`,
      'x-robots-tag': 'noindex',
    },
  });
}
