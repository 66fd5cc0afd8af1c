import { formatMinor, isCurrency, parseMajor, type Currency } from '@xuanpin/core/currency';

/**
 * Money and rates for display and input. Amounts stay integers in minor units and rates in basis points: text is
 * turned into integers by string arithmetic (core's parseMajor), never through a float.
 */

/** Groups the whole part of a decimal string by thousands ("1234567.50" → "1,234,567.50"). */
function group(decimal: string): string {
  const [whole, frac] = decimal.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${decimal.startsWith('-') ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** "CNY 128.00", "JPY 1,980": the code rather than a symbol, since ¥ is both yen and yuan. */
export function formatMoney(amount: number, currency: string): string {
  if (!isCurrency(currency)) return `${currency} ${amount}`;
  return `${currency} ${group(formatMinor(amount, currency))}`;
}

/** The major-unit text an input shows for a minor-unit amount ("128.00"). */
export function majorInput(amount: number, currency: Currency): string {
  return formatMinor(amount, currency);
}

/** A price typed in major units, as minor units; null when it is not a positive amount the currency can hold. */
export function parsePrice(text: string, currency: Currency): number | null {
  const value = parseMajor(text.replace(/,/g, ''), currency);
  return value === null || value <= 0 ? null : value;
}

/** Basis points as a percentage: 1500 → "15%", 1250 → "12.5%", 1234 → "12.34%". */
export function formatBps(bps: number): string {
  return `${bpsInput(bps)}%`;
}

/** Basis points as the number an input shows, without the sign: 1250 → "12.5". */
export function bpsInput(bps: number): string {
  const sign = bps < 0 ? '-' : '';
  const abs = Math.abs(bps);
  const cents = String(abs % 100).padStart(2, '0').replace(/0+$/, '');
  return `${sign}${Math.floor(abs / 100)}${cents ? `.${cents}` : ''}`;
}

/** A percentage typed by a reader ("12.5", "12,5 %"), as whole basis points; null when not 0–100 with ≤ 2 decimals. */
export function parsePercent(text: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text.replace(/%/g, '').trim());
  if (!m) return null;
  const bps = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return bps > 10_000 ? null : bps;
}
