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

/** The days a partial date stands for: '2021-06' is 2021-06-01 to 2021-06-30. */
export interface DayInterval {
  start: string;
  end: string;
  precision: DatePrecision;
}

export function dayInterval(value: PartialDate, until: PartialDate | null = null): DayInterval {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new Error(`not a partial date: ${value}`);
  return { start: earliestDay(value), end: latestDay(until ?? value), precision: parsed.precision };
}

/**
 * How a dated thing must sit in a window: OVERLAP keeps it when any of its days falls in the
 * window (a June meeting of unknown day is in 15–20 June), WITHIN only when all of them do (a
 * year-only item is not within January).
 */
export type DateMatch = 'overlap' | 'within';

/** Bounds on an item's first and last day that express `match` against the window [from, to]. */
export interface DayBounds {
  startMin: string | null;
  startMax: string | null;
  endMin: string | null;
  endMax: string | null;
}

export function windowBounds(
  from: PartialDate | null,
  to: PartialDate | null,
  match: DateMatch,
): DayBounds {
  const fromDay = from === null ? null : earliestDay(from);
  const toDay = to === null ? null : latestDay(to);
  return {
    startMin: match === 'within' ? fromDay : null,
    startMax: toDay,
    endMin: fromDay,
    endMax: match === 'within' ? toDay : null,
  };
}
