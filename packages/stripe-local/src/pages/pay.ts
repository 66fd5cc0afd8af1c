/**
 * The hosted payment page at a session's `url`: GET shows the line items, the total and a "Pay" button; POST pays
 * the session (completeCheckout) and redirects (303) to success_url with {CHECKOUT_SESSION_ID} filled in.
 */
import type { Engine } from '../engine.ts';
import { formatAmount } from '../currencies.ts';
import { StripeError } from '../errors.ts';
import { NO_REQUEST } from '../engine.ts';
import { completeCheckout, type Buyer } from '../api/checkout-sessions.ts';
import type { CheckoutSession } from '../types.ts';
import { escapeHtml, page } from './html.ts';

export interface PageResult {
  status: number;
  html?: string;
  redirect?: string;
}

/** Stripe replaces the literal `{CHECKOUT_SESSION_ID}` in success_url (also when percent-encoded by a URL parser). */
export function successUrl(session: CheckoutSession): string | null {
  if (!session.success_url) return null;
  return session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', session.id).replaceAll('%7BCHECKOUT_SESSION_ID%7D', session.id);
}

function locale(session: CheckoutSession): string {
  return session.locale && session.locale !== 'auto' ? session.locale : 'en';
}

function form(engine: Engine, session: CheckoutSession, error?: string): string {
  const items = engine.store.sessionExtras.get(session.id)?.line_items ?? [];
  const rows = items
    .map(
      (item) =>
        `<tr><td>${escapeHtml(item.description)} × ${item.quantity}</td><td class="num">${escapeHtml(formatAmount(item.amount_total, item.currency, locale(session)))}</td></tr>`,
    )
    .join('\n');
  const total = formatAmount(session.amount_total, session.currency, locale(session));
  return page(
    `Pay ${total}`,
    `<h1>Checkout</h1>
<table>${rows}</table>
<p>Total <span class="total" data-testid="amount-total" data-amount="${session.amount_total}" data-currency="${escapeHtml(session.currency)}">${escapeHtml(total)}</span></p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/pay/${escapeHtml(session.id)}">
  <label>Email <input type="email" name="email" autocomplete="email" required value="${escapeHtml(session.customer_email ?? '')}"></label>
  <label>Name on card <input name="name" autocomplete="cc-name"></label>
  <label>Card number <input name="card" inputmode="numeric" value="4242 4242 4242 4242"></label>
  <p class="muted">Test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.</p>
  <button type="submit" id="pay">Pay</button>
</form>
${session.cancel_url ? `<p><a href="${escapeHtml(session.cancel_url)}">Cancel and go back</a></p>` : ''}`,
  );
}

function closed(session: CheckoutSession): PageResult {
  const message =
    session.status === 'complete' ? 'This payment is complete.' : 'This checkout session has expired.';
  return { status: session.status === 'complete' ? 200 : 410, html: page(message, `<h1>${message}</h1>`) };
}

export function showPayPage(engine: Engine, id: string): PageResult {
  engine.sweepExpired();
  const session = engine.store.checkoutSessions.get(id);
  if (!session) return { status: 404, html: page('Not found', '<h1>No such checkout session</h1>') };
  if (session.status !== 'open') return closed(session);
  return { status: 200, html: form(engine, session) };
}

export function submitPayPage(engine: Engine, id: string, fields: Record<string, string>): PageResult {
  engine.sweepExpired();
  const session = engine.store.checkoutSessions.get(id);
  if (!session) return { status: 404, html: page('Not found', '<h1>No such checkout session</h1>') };
  if (session.status !== 'open') return closed(session);
  const buyer: Buyer = { email: fields.email?.trim() || undefined, name: fields.name?.trim() || undefined, card: fields.card };
  try {
    completeCheckout(engine, id, buyer, NO_REQUEST);
  } catch (error) {
    if (error instanceof StripeError && error.status === 402) return { status: 402, html: form(engine, session, error.body.message) };
    throw error;
  }
  const target = successUrl(session);
  if (target) return { status: 303, redirect: target };
  return { status: 200, html: page('Payment complete', '<h1>Payment complete</h1><p>Thank you.</p>') };
}
