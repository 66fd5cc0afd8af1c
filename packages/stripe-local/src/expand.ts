/**
 * `expand[]`: replaces an id with the object it names, as Stripe does, for the properties Stripe marks expandable
 * (and that this double stores). `data.` reaches into a list's items; dots go deeper (`payment_intent.latest_charge`).
 * An unknown property is a 400, as on Stripe.
 */
import { invalidParam } from './errors.ts';
import type { Engine } from './engine.ts';

type Resolver = (engine: Engine, owner: Record<string, unknown>, value: unknown) => unknown;

const byId: Resolver = (engine, _owner, value) => (typeof value === 'string' ? engine.store.byId(value) ?? value : value);
const itself: Resolver = (_engine, _owner, value) => value;
const lineItems: Resolver = (engine, owner) => {
  const id = owner.id as string;
  return {
    object: 'list',
    data: engine.store.sessionExtras.get(id)?.line_items ?? [],
    has_more: false,
    url: `/v1/checkout/sessions/${id}/line_items`,
  };
};

const EXPANDABLE: Record<string, Record<string, Resolver>> = {
  'checkout.session': { payment_intent: byId, line_items: lineItems, customer: itself, invoice: itself },
  payment_intent: { latest_charge: byId, customer: itself },
  charge: { payment_intent: byId, refunds: itself, customer: itself },
  refund: { charge: byId, payment_intent: byId },
  item: { price: itself },
  price: { product: byId },
  transfer: { destination: byId, source_transaction: byId, reversals: itself },
  transfer_reversal: { transfer: byId },
  event: {},
  account: {},
  product: {},
};

export function expand<T>(engine: Engine, object: T, paths: string[] | undefined): T {
  if (!paths || paths.length === 0) return object;
  const copy = structuredClone(object) as Record<string, unknown>;
  for (const path of paths) {
    const segments = path.split('.');
    if (segments.length > 4) throw invalidParam('expand', `You cannot expand more than 4 levels of a property (${path}).`);
    apply(engine, copy, segments, path);
  }
  return copy as T;
}

function apply(engine: Engine, owner: Record<string, unknown>, [head, ...rest]: string[], path: string): void {
  if (owner.object === 'list' && head === 'data') {
    for (const item of owner.data as Record<string, unknown>[]) {
      if (rest.length > 0) apply(engine, item, rest, path);
    }
    return;
  }
  const resolve = EXPANDABLE[owner.object as string]?.[head];
  if (!resolve) {
    const hint = owner.object === 'list' ? ` You may want to try expanding 'data.${path}' instead.` : '';
    throw invalidParam('expand', `This property cannot be expanded (${path}).${hint}`);
  }
  const value = owner[head];
  if (typeof value === 'string' || head === 'line_items') owner[head] = structuredClone(resolve(engine, owner, value));
  const next = owner[head];
  if (rest.length > 0 && next && typeof next === 'object') apply(engine, next as Record<string, unknown>, rest, path);
}
