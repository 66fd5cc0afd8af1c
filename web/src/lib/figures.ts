/** Audience figures (followers, views) for reading at a glance: 12.3K, 1.2万, 4.5M. Counts, not money. */
export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}

/** A whole number with the locale's grouping: 25,000. */
export function formatInteger(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}
