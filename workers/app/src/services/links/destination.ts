import type { LinkDestination } from '@xuanpin/db';

/** The hosted product page of a link, relative to our origin (the page itself belongs to the checkout work). */
export const hostedPath = (code: string) => `/p/${code}`;

/**
 * Where a link leads: the product's own page for `merchant` links, our hosted page for `hosted` ones — and for a
 * `merchant` link whose product has no URL (any more), since a dead end helps nobody. Relative for hosted pages.
 * The API view and the redirect both use this, so the two never disagree.
 */
export function destinationOf(link: { code: string; destination: LinkDestination }, productUrl: string | null): string {
  return link.destination === 'merchant' && productUrl ? productUrl : hostedPath(link.code);
}

/** The default destination for a new link: the merchant's page when the product has one. */
export const defaultDestination = (productUrl: string | null): LinkDestination => (productUrl ? 'merchant' : 'hosted');
