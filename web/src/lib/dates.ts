/**
 * Calendar days in the reader's time zone for date inputs. A period chosen as "from day A to day B" is stored as
 * [A 00:00, the day after B 00:00): `endsAt` is exclusive, so B is shown as the last day.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** The `YYYY-MM-DD` of a moment, in local time. */
export function dayInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The start of a `YYYY-MM-DD` day in local time, or null for anything else. */
export function dayStart(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? null : d.getTime();
}

/** The end (exclusive) of a `YYYY-MM-DD` day: the start of the next one. */
export function dayEnd(text: string): number | null {
  const start = dayStart(text);
  if (start === null) return null;
  const d = new Date(start);
  d.setDate(d.getDate() + 1);
  return d.getTime();
}

/** The last day a period [start, end) includes, as a date input shows it. */
export function lastDayInput(endsAt: number): string {
  return dayInput(endsAt - 1);
}

/** Today plus `days`, as a date input's value. */
export function daysFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return dayInput(d.getTime());
}
