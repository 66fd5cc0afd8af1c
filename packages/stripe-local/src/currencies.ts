/**
 * The currencies this double accepts and their minor-unit exponent (Stripe's "zero-decimal" and "three-decimal"
 * lists). Amounts on the wire are always integers in minor units; currency codes are lower-case.
 */
const ZERO_DECIMAL = ['bif', 'clp', 'djf', 'gnf', 'jpy', 'kmf', 'krw', 'mga', 'pyg', 'rwf', 'ugx', 'vnd', 'vuv', 'xaf', 'xof', 'xpf'];
const THREE_DECIMAL = ['bhd', 'jod', 'kwd', 'omr', 'tnd'];
const TWO_DECIMAL = [
  'aed', 'ars', 'aud', 'bdt', 'bgn', 'brl', 'cad', 'chf', 'cny', 'cop', 'czk', 'dkk', 'egp', 'eur', 'gbp', 'hkd',
  'huf', 'idr', 'ils', 'inr', 'isk', 'kzt', 'lkr', 'mad', 'mop', 'mxn', 'myr', 'ngn', 'nok', 'nzd', 'pen', 'php',
  'pkr', 'pln', 'qar', 'ron', 'rsd', 'rub', 'sar', 'sek', 'sgd', 'thb', 'try', 'twd', 'uah', 'usd', 'zar',
];

const DECIMALS = new Map<string, number>([
  ...ZERO_DECIMAL.map((c) => [c, 0] as const),
  ...TWO_DECIMAL.map((c) => [c, 2] as const),
  ...THREE_DECIMAL.map((c) => [c, 3] as const),
]);

export function isSupportedCurrency(code: string): boolean {
  return DECIMALS.has(code.toLowerCase());
}

export function currencyDecimals(code: string): number {
  return DECIMALS.get(code.toLowerCase()) ?? 2;
}

/** `formatAmount(33283100, 'cny')` → 'CN¥332,831.00' (for the hosted pages and error messages only). */
export function formatAmount(amount: number, currency: string, locale = 'en'): string {
  const decimals = currencyDecimals(currency);
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: currency.toUpperCase(),
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(amount / 10 ** decimals);
  } catch {
    // Integer formatting: whole units and a zero-padded remainder, no float rounding.
    const abs = Math.abs(amount);
    const unit = 10 ** decimals;
    const major = `${amount < 0 ? '-' : ''}${Math.floor(abs / unit)}`;
    return `${decimals ? `${major}.${String(abs % unit).padStart(decimals, '0')}` : major} ${currency.toUpperCase()}`;
  }
}

/** Stripe's ceiling on one payment: eight digits in minor units (99,999,999). */
export const MAX_AMOUNT = 99_999_999;

/** Countries an Express account may be created in here, with the default currency Stripe gives it. */
export const COUNTRY_CURRENCY: Record<string, string> = {
  US: 'usd', GB: 'gbp', JP: 'jpy', CN: 'cny', HK: 'hkd', SG: 'sgd', AU: 'aud', CA: 'cad', DE: 'eur', FR: 'eur',
  NL: 'eur', IE: 'eur', ES: 'eur', IT: 'eur', CH: 'chf', NZ: 'nzd', TH: 'thb', MY: 'myr', AE: 'aed',
};
