/**
 * The hosted product page (`/p/<code>`) and its thank-you page: plain HTML with inline style, no script and no
 * outside request but the product's own https images, in the buyer's language among ours. Buying is a plain form
 * POST to `/p/<code>/checkout`, which answers a redirect to Stripe Checkout.
 */
import { formatMinor } from '@xuanpin/core';
import { document, escapeHtml, html, pickLang, type Lang } from '../redirect/pages';
import type { HostedProduct, HostedSku } from '../links/hosted';
import { MAX_QUANTITY, type Choice } from './start';

const TEXT = {
  en: {
    option: 'Option',
    quantity: 'Quantity',
    buy: 'Buy now',
    soldOut: 'Sold out',
    inStock: '{n} in stock',
    payNext: 'You pay on the next page (Stripe Checkout).',
    sku_unknown: 'Option: choose one of the options shown.',
    sku_sold_out: 'Option: this option is sold out; choose another.',
    quantity_range: 'Quantity: enter a whole number from 1 to {max}.',
    thanks: 'Thank you for your order',
    thanksBody: 'Your payment went through. The shop will confirm your order by e-mail.',
    back: 'Back to the product',
  },
  ja: {
    option: 'オプション',
    quantity: '数量',
    buy: '購入する',
    soldOut: '在庫切れ',
    inStock: '在庫 {n} 点',
    payNext: 'お支払いは次のページ（Stripe Checkout）で行います。',
    sku_unknown: 'オプション：表示されている中からお選びください。',
    sku_sold_out: 'オプション：このオプションは在庫切れです。別のものをお選びください。',
    quantity_range: '数量：1〜{max} の整数を入力してください。',
    thanks: 'ご注文ありがとうございます',
    thanksBody: 'お支払いが完了しました。ご注文の確認はショップからメールでお知らせします。',
    back: '商品ページに戻る',
  },
  'zh-CN': {
    option: '规格',
    quantity: '数量',
    buy: '立即购买',
    soldOut: '已售罄',
    inStock: '库存 {n} 件',
    payNext: '下一步将在 Stripe Checkout 页面完成支付。',
    sku_unknown: '规格：请从所列选项中选择。',
    sku_sold_out: '规格：该规格已售罄，请选择其他规格。',
    quantity_range: '数量：请输入 1 到 {max} 之间的整数。',
    thanks: '感谢您的订购',
    thanksBody: '支付已完成，商家将通过邮件确认您的订单。',
    back: '返回商品页',
  },
} as const satisfies Record<Lang, Record<string, string>>;

const STYLE =
  'main{max-width:32rem;text-align:left}form{margin-top:1rem}fieldset{border:0;padding:0;margin:0 0 1rem}legend{font-weight:600;margin-bottom:.25rem}' +
  '.sku{display:flex;gap:.5rem;align-items:baseline;padding:.5rem .75rem;border:1px solid #e0d8cf;border-radius:.5rem;margin:.25rem 0;background:#fff}' +
  '.sku .price{margin-left:auto}.sku small{color:#7a7068}.sku.out{opacity:.55}label.qty{display:block;margin:0 0 1rem}' +
  'input[type=number]{width:5rem;font:inherit;padding:.25rem .5rem;margin-left:.5rem}' +
  'button{font:inherit;font-weight:600;width:100%;padding:.75rem;border:0;border-radius:.5rem;background:#b6452c;color:#fff;cursor:pointer}' +
  '.error{color:#a12c1a;background:#fdecea;border-radius:.5rem;padding:.5rem .75rem}.note{font-size:.9rem}.gallery{display:flex;gap:.5rem;overflow-x:auto}';

/** The price as the buyer reads it: `28.00 CNY`, `1980 JPY` (integer arithmetic, core's formatter). */
export const priceText = (sku: Pick<HostedSku, 'price' | 'currency'>) => `${formatMinor(sku.price, sku.currency)} ${sku.currency}`;

function skuOption(sku: HostedSku, checked: boolean, t: (typeof TEXT)[Lang]): string {
  const out = sku.stock <= 0;
  return (
    `<label class="sku${out ? ' out' : ''}" data-testid="sku-option"><input type="radio" name="sku" value="${escapeHtml(sku.id)}"${checked ? ' checked' : ''}${out ? ' disabled' : ''} required>` +
    `<span>${escapeHtml(sku.name)}</span><span class="price">${escapeHtml(priceText(sku))}</span>` +
    `<small>${out ? t.soldOut : t.inStock.replace('{n}', String(sku.stock))}</small></label>`
  );
}

/**
 * The product page. `error` (status 400) re-shows it with the problem named, above the form, keeping the buyer's
 * choice. `clickId` rides in a hidden field to the checkout (it came from `?xp_click=` or the `xp_click` cookie).
 */
export function productPage(
  request: Request,
  p: HostedProduct,
  o: { clickId: string | null; error?: Extract<Choice, { ok: false }>; chosen?: { sku?: string; quantity?: string } } = { clickId: null },
): Response {
  const lang = pickLang(request.headers.get('accept-language'));
  const t = TEXT[lang];
  const images = p.images.filter((i) => i.startsWith('https://'));
  const inStock = p.skus.filter((s) => s.stock > 0);
  const chosen = inStock.find((s) => s.id === o.chosen?.sku) ?? inStock[0];
  const maxQuantity = Math.min(MAX_QUANTITY, Math.max(1, ...inStock.map((s) => s.stock)));
  const quantity = o.chosen?.quantity && /^\d{1,4}$/.test(o.chosen.quantity) ? o.chosen.quantity : '1';
  const error = o.error
    ? `<p class="error" role="alert" data-testid="checkout-error" data-field="${o.error.field}">${escapeHtml(t[`${o.error.field}_${o.error.problem}` as 'sku_unknown'].replace('{max}', String(o.error.max ?? maxQuantity)))}</p>`
    : '';
  const form = inStock.length
    ? `<form method="post" action="/p/${escapeHtml(p.code)}/checkout" data-testid="buy-form">` +
      (o.clickId ? `<input type="hidden" name="xp_click" value="${escapeHtml(o.clickId)}">` : '') +
      `<fieldset><legend>${t.option}</legend>${p.skus.map((s) => skuOption(s, s === chosen, t)).join('')}</fieldset>` +
      `<label class="qty">${t.quantity}<input type="number" name="quantity" min="1" max="${maxQuantity}" step="1" value="${escapeHtml(quantity)}" required></label>` +
      `<button type="submit">${t.buy}</button><p class="note">${t.payNext}</p></form>`
    : `<p data-testid="sold-out">${t.soldOut}</p>`;
  const main =
    (images.length ? `<div class="gallery">${images.map((i) => `<img src="${escapeHtml(i)}" alt="">`).join('')}</div>` : '') +
    `<h1>${escapeHtml(p.title)}</h1>` +
    (chosen ? `<p class="price" data-testid="price">${escapeHtml(priceText(chosen))}</p>` : '') +
    (p.description ? `<p>${escapeHtml(p.description)}</p>` : '') +
    error +
    form;
  return html(request, o.error ? 400 : 200, document(lang, p.title, main, STYLE), 'img-src https:');
}

/** Where Stripe Checkout sends the buyer after paying (the order itself is recorded by the webhook). */
export function thanksPage(request: Request, code: string, productTitle: string | null): Response {
  const lang = pickLang(request.headers.get('accept-language'));
  const t = TEXT[lang];
  const main =
    `<h1 data-testid="thanks">${t.thanks}</h1>` +
    (productTitle ? `<p>${escapeHtml(productTitle)}</p>` : '') +
    `<p>${t.thanksBody}</p><p><a href="/p/${escapeHtml(code)}">${t.back}</a></p>`;
  return html(request, 200, document(lang, t.thanks, main, STYLE));
}
