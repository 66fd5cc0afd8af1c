/** Currencies we accept and their minor-unit exponent (ISO 4217). Amounts are integers in the minor unit. */
export const CURRENCY_EXPONENT = { JPY: 0, CNY: 2, USD: 2, HKD: 2, EUR: 2, KRW: 0, TWD: 2 } as const;
export type Currency = keyof typeof CURRENCY_EXPONENT;
export const CURRENCIES = Object.keys(CURRENCY_EXPONENT) as Currency[];

export function isCurrency(code: string): code is Currency {
  return code in CURRENCY_EXPONENT;
}

/** Formats a minor-unit amount for display, e.g. (12345, 'CNY') → '123.45'. Integer arithmetic only. */
export function formatMinor(amount: number, currency: Currency): string {
  const exp = CURRENCY_EXPONENT[currency];
  if (exp === 0) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const unit = 10 ** exp;
  return `${sign}${Math.floor(abs / unit)}.${String(abs % unit).padStart(exp, '0')}`;
}

/** Parses a decimal string in major units ('123.45') to minor units, or null when it has too many decimals. */
export function parseMajor(text: string, currency: Currency): number | null {
  const m = /^(-?)(\d{1,15})(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const exp = CURRENCY_EXPONENT[currency];
  const decimals = m[3] ?? '';
  if (decimals.length > exp) return null;
  const value = Number(m[2]) * 10 ** exp + Number(decimals.padEnd(exp, '0') || '0');
  if (!Number.isSafeInteger(value)) return null;
  return m[1] === '-' ? -value : value;
}
