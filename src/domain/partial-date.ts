/**
 * Dates as precise as the text gives them: a year ('2021'), a month ('2021-04') or a day
 * ('2021-04-16'). Kept as ISO strings so that both stores and JSON carry them unchanged.
 */

export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedPartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

export function parsePartialDate(value: string): ParsedPartialDate | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}

/** A full ISO date (YYYY-MM-DD) that exists in the calendar. */
export function isFullDate(value: string): boolean {
  return parsePartialDate(value)?.precision === 'day';
}

/** The first day a partial date can mean: '2021-04' → '2021-04-01'. */
export function earliestDay(value: PartialDate): string {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`not a partial date: ${value}`);
  const mm = String(parsed.month ?? 1).padStart(2, '0');
  const dd = String(parsed.day ?? 1).padStart(2, '0');
  return `${parsed.year}-${mm}-${dd}`;
}

/** The last day a partial date can mean: '2021-04' → '2021-04-30'. */
export function latestDay(value: PartialDate): string {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`not a partial date: ${value}`);
  const month = parsed.month ?? 12;
  const day = parsed.day ?? new Date(Date.UTC(parsed.year, month, 0)).getUTCDate();
  return `${parsed.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
