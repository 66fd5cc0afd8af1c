/**
 * Checkout Sessions in `payment` mode with inline prices (`line_items[][price_data]`): create, retrieve, list, list
 * line items, expire; and `completeCheckout`, which the hosted page and the test shortcut use to pay one.
 */
import type { Engine, RequestRef } from '../engine.ts';
import { MAX_AMOUNT, formatAmount } from '../currencies.ts';
import { invalidParam, invalidRequest, resourceMissing } from '../errors.ts';
import { newId } from '../ids.ts';
import { LIST_FIELDS, mergeMetadata, type Fields, type Params } from '../params.ts';
import { list } from '../list.ts';
import type { Route } from '../router.ts';
import type { CheckoutSession, LineItem, Product } from '../types.ts';
import { checkCard, normaliseCardNumber } from './charges.ts';
import { createIntent, payIntent } from './payment-intents.ts';

const THIRTY_MINUTES = 30 * 60;
const DAY = 24 * 60 * 60;

const LOCALES = ['auto', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'es-419', 'et', 'fi', 'fil', 'fr', 'fr-CA', 'hr', 'hu', 'id', 'it', 'ja', 'ko', 'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-HK', 'zh-TW'];

const CREATE_FIELDS: Fields = {
  mode: { type: 'string', required: true, oneOf: ['payment', 'setup', 'subscription'] },
  line_items: {
    type: 'array',
    max: 100,
    of: {
      type: 'hash',
      fields: {
        price: { type: 'string' },
        price_data: {
          type: 'hash',
          fields: {
            currency: { type: 'currency', required: true },
            unit_amount: { type: 'integer', min: 0 },
            product: { type: 'string' },
            product_data: {
              type: 'hash',
              fields: {
                name: { type: 'string', required: true, max: 250 },
                description: { type: 'string', max: 40000 },
                images: { type: 'array', of: { type: 'string', format: 'url' }, max: 8 },
                metadata: { type: 'metadata' },
                tax_code: { type: 'string' },
              },
            },
            tax_behavior: { type: 'string', oneOf: ['exclusive', 'inclusive', 'unspecified'] },
          },
        },
        quantity: { type: 'integer', min: 1, max: 999_999 },
      },
    },
  },
  success_url: { type: 'string', format: 'url', max: 5000 },
  cancel_url: { type: 'string', format: 'url', max: 5000 },
  client_reference_id: { type: 'string', max: 200 },
  metadata: { type: 'metadata' },
  customer_email: { type: 'string', format: 'email' },
  payment_intent_data: {
    type: 'hash',
    fields: {
      metadata: { type: 'metadata' },
      description: { type: 'string', max: 1000 },
      transfer_group: { type: 'string' },
      receipt_email: { type: 'string', format: 'email' },
    },
  },
  expires_at: { type: 'integer' },
  locale: { type: 'string', oneOf: LOCALES },
  payment_method_types: { type: 'array', of: { type: 'string', oneOf: ['card'] } },
  submit_type: { type: 'string', oneOf: ['auto', 'book', 'donate', 'pay', 'subscribe'] },
  ui_mode: { type: 'string', oneOf: ['hosted'] },
};

/** Builds the line items (with their inline prices and products), checking what Stripe checks. */
function lineItems(engine: Engine, raw: Params[] | undefined): LineItem[] {
  if (!raw || raw.length === 0) {
    throw invalidParam('line_items', 'You must provide at least one line item in `payment` mode.', 'parameter_missing');
  }
  const now = engine.nowSec();
  let currency: string | null = null;
  return raw.map((item, i) => {
    const at = `line_items[${i}]`;
    if (item.price) throw invalidParam(`${at}[price]`, `No such price: '${item.price}'`, 'resource_missing');
    const data = item.price_data;
    if (!data) throw invalidParam(`${at}[price_data]`, `Missing required param: ${at}[price_data].`, 'parameter_missing');
    if (data.unit_amount === undefined) {
      throw invalidParam(`${at}[price_data][unit_amount]`, `Missing required param: ${at}[price_data][unit_amount].`, 'parameter_missing');
    }
    if (item.quantity === undefined) {
      throw invalidParam(`${at}[quantity]`, `Missing required param: ${at}[quantity].`, 'parameter_missing');
    }
    if (currency !== null && data.currency !== currency) {
      throw invalidParam(`${at}[price_data][currency]`, 'All line items in a Checkout Session must use the same currency.');
    }
    currency = data.currency;
    let product: Product | undefined;
    if (data.product) {
      product = engine.store.products.get(data.product);
      if (!product) throw invalidParam(`${at}[price_data][product]`, `No such product: '${data.product}'`, 'resource_missing');
      if (data.product_data) {
        throw invalidParam(`${at}[price_data][product_data]`, 'You may only specify one of these parameters: product, product_data.');
      }
    } else if (!data.product_data) {
      throw invalidParam(`${at}[price_data][product_data]`, `Missing required param: ${at}[price_data][product_data].`, 'parameter_missing');
    } else {
      const p = data.product_data;
      product = engine.store.products.insert({
        id: newId('prod'),
        object: 'product',
        active: true,
        created: now,
        default_price: null,
        description: p.description ?? null,
        images: p.images ?? [],
        livemode: false,
        marketing_features: [],
        metadata: mergeMetadata({}, p.metadata),
        name: p.name,
        package_dimensions: null,
        shippable: null,
        statement_descriptor: null,
        tax_code: p.tax_code ?? null,
        type: 'service',
        unit_label: null,
        updated: now,
        url: null,
      });
    }
    const amount = data.unit_amount * item.quantity;
    return {
      id: newId('li'),
      object: 'item',
      amount_discount: 0,
      amount_subtotal: amount,
      amount_tax: 0,
      amount_total: amount,
      currency: data.currency,
      description: product.name,
      price: {
        id: newId('price'),
        object: 'price',
        active: false,
        billing_scheme: 'per_unit',
        created: now,
        currency: data.currency,
        custom_unit_amount: null,
        livemode: false,
        lookup_key: null,
        metadata: {},
        nickname: null,
        product: product.id,
        recurring: null,
        tax_behavior: data.tax_behavior ?? 'unspecified',
        tiers_mode: null,
        transform_quantity: null,
        type: 'one_time',
        unit_amount: data.unit_amount,
        unit_amount_decimal: String(data.unit_amount),
      },
      quantity: item.quantity,
    };
  });
}

function createSession(engine: Engine, params: Params): CheckoutSession {
  if (params.mode !== 'payment') {
    throw invalidParam('mode', `This Stripe test double supports only mode=payment (got mode=${params.mode}).`);
  }
  const now = engine.nowSec();
  if (params.expires_at !== undefined) {
    if (params.expires_at < now + THIRTY_MINUTES) {
      throw invalidParam('expires_at', 'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.');
    }
    if (params.expires_at > now + DAY) {
      throw invalidParam('expires_at', 'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.');
    }
  }
  const items = lineItems(engine, params.line_items);
  const currency = items[0].currency;
  const total = items.reduce((sum, item) => sum + item.amount_total, 0);
  if (total > MAX_AMOUNT) {
    throw invalidParam('line_items', `The Checkout Session's total amount due must be no more than ${formatAmount(MAX_AMOUNT, currency)}.`, 'amount_too_large');
  }
  const id = newId('cs_test');
  const pid = params.payment_intent_data ?? {};
  const session: CheckoutSession = {
    id,
    object: 'checkout.session',
    adaptive_pricing: { enabled: false },
    after_expiration: null,
    allow_promotion_codes: null,
    amount_subtotal: total,
    amount_total: total,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: params.cancel_url ?? null,
    client_reference_id: params.client_reference_id ?? null,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: now,
    currency,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: null,
    customer_creation: 'if_required',
    customer_details: null,
    customer_email: params.customer_email ?? null,
    discounts: [],
    expires_at: params.expires_at ?? now + DAY,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: params.locale ?? null,
    metadata: mergeMetadata({}, params.metadata),
    mode: 'payment',
    payment_intent: null,
    payment_link: null,
    payment_method_collection: 'if_required',
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: params.payment_method_types ?? ['card'],
    payment_status: 'unpaid',
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: 'open',
    submit_type: params.submit_type ?? null,
    subscription: null,
    success_url: params.success_url ?? null,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: 'hosted',
    url: `${engine.baseUrl}/pay/${id}`,
    wallet_options: null,
  };
  engine.store.checkoutSessions.insert(session);
  engine.store.sessionExtras.insert({
    id,
    line_items: items,
    payment_intent_data: {
      metadata: mergeMetadata({}, pid.metadata),
      description: pid.description ?? null,
      transfer_group: pid.transfer_group ?? null,
      receipt_email: pid.receipt_email ?? null,
    },
  });
  return session;
}

export function getSession(engine: Engine, id: string): CheckoutSession {
  const session = engine.store.checkoutSessions.get(id);
  if (!session) throw resourceMissing('checkout.session', id, 'session');
  return session;
}

/** The buyer, as the hosted page or a test describes them. */
export interface Buyer {
  email?: string;
  name?: string;
  /** A test card number (default 4242 4242 4242 4242; 4000 0000 0000 0002 is declined). */
  card?: string;
  /** Overrides the card's fingerprint (same person, different card numbers, or the reverse). */
  cardFingerprint?: string;
  country?: string;
}

/**
 * Pays an open session: a succeeded payment intent (metadata etc. from payment_intent_data) with its charge, the
 * session `complete`/`paid`, and the events payment_intent.created, charge.succeeded, payment_intent.succeeded,
 * checkout.session.completed, in that order. A decline test card throws 402 and leaves the session open.
 */
export function completeCheckout(engine: Engine, id: string, buyer: Buyer, request: RequestRef): CheckoutSession {
  engine.sweepExpired();
  const session = getSession(engine, id);
  if (session.status !== 'open') {
    throw invalidRequest(`This Checkout Session is ${session.status} and can no longer be paid.`, {
      code: 'checkout_session_not_open',
    });
  }
  const extras = engine.store.sessionExtras.get(id)!;
  const email = buyer.email || session.customer_email || 'buyer@example.com';
  const name = buyer.name || null;
  const card = { number: normaliseCardNumber(buyer.card), fingerprint: buyer.cardFingerprint, country: buyer.country };
  checkCard(card);
  if (session.amount_total > 0) {
    const intent = createIntent(engine, {
      amount: session.amount_total,
      currency: session.currency,
      ...extras.payment_intent_data,
      receipt_email: extras.payment_intent_data.receipt_email,
    });
    engine.emit('payment_intent.created', intent, request);
    payIntent(engine, intent, card, { email, name }, request);
    session.payment_intent = intent.id;
    session.payment_status = 'paid';
  } else {
    session.payment_status = 'no_payment_required';
  }
  session.status = 'complete';
  session.url = null;
  session.customer_details = {
    address: { city: null, country: buyer.country ?? 'US', line1: null, line2: null, postal_code: null, state: null },
    email,
    name,
    phone: null,
    tax_exempt: 'none',
    tax_ids: [],
  };
  engine.emit('checkout.session.completed', session, request);
  return session;
}

export const checkoutSessionRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1/checkout/sessions',
    fields: CREATE_FIELDS,
    handle: ({ engine, params }) => createSession(engine, params),
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:session',
    fields: {},
    handle: ({ engine, path }) => getSession(engine, path.session),
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions',
    fields: {
      ...LIST_FIELDS,
      payment_intent: { type: 'string' },
      status: { type: 'string', oneOf: ['open', 'complete', 'expired'] },
      customer_details: { type: 'hash', fields: { email: { type: 'string', required: true } } },
    },
    handle: ({ engine, params }) =>
      list(engine.store.checkoutSessions.newestFirst(), params, '/v1/checkout/sessions', 'checkout.session', (s) =>
        (!params.payment_intent || s.payment_intent === params.payment_intent) &&
        (!params.status || s.status === params.status) &&
        (!params.customer_details || s.customer_details?.email === params.customer_details.email),
      ),
  },
  {
    method: 'GET',
    path: '/v1/checkout/sessions/:session/line_items',
    fields: { limit: LIST_FIELDS.limit, starting_after: LIST_FIELDS.starting_after, ending_before: LIST_FIELDS.ending_before },
    handle: ({ engine, path, params }) => {
      getSession(engine, path.session);
      const items = engine.store.sessionExtras.get(path.session)!.line_items;
      // Line items keep the order they were given in; `created` only satisfies the list helper's type.
      const rows = items.map((item) => ({ ...item, created: 0 }));
      const page = list(rows, params, `/v1/checkout/sessions/${path.session}/line_items`, 'item');
      return { ...page, data: page.data.map(({ created: _, ...item }) => item) };
    },
  },
  {
    method: 'POST',
    path: '/v1/checkout/sessions/:session/expire',
    fields: {},
    handle: ({ engine, path, request }) => {
      const session = getSession(engine, path.session);
      if (session.status !== 'open') {
        throw invalidRequest(`Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`);
      }
      engine.expireSession(session, request);
      return session;
    },
  },
];
