import type { Entity, Source } from '../domain/entity';
import type { SourceDocument } from './documents';
import { spanText } from './quote-span';

/**
 * Whether an entity's sources state its date. A source states a date when its cited lines name
 * the year (western, 令和/平成, or an abbreviated R5/FY), the month and the day, as far as the
 * date's precision goes. A date the text only implies is marked on the entity (`dateInferred:`
 * with how it was inferred) and is not checked against the lines.
 */
export function datesStatedBy(text: string): DateParts {
  const t = text.normalize('NFKC');
  const years = new Set<number>();
  for (const m of t.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/g)) years.add(Number(m[1]));
  for (const m of t.matchAll(/令和\s*(\d{1,2}|元)\s*年(度)?/g)) {
    years.add(2018 + eraYear(m[1]));
    // A fiscal year runs April to March: 令和３年度 reaches into 2022.
    if (m[2]) years.add(2019 + eraYear(m[1]));
  }
  for (const m of t.matchAll(/平成\s*(\d{1,2}|元)\s*年/g)) years.add(1988 + eraYear(m[1]));
  for (const m of t.matchAll(/(?<![A-Za-z])R\s*(\d{1,2})\s*年/g)) years.add(2018 + Number(m[1]));
  const months = new Set<number>();
  for (const m of t.matchAll(/(?<!\d)(\d{1,2})\s*月/g)) months.add(Number(m[1]));
  for (const [index, name] of MONTHS.entries()) {
    if (new RegExp(`\\b${name}`, 'i').test(t)) months.add(index + 1);
  }
  const days = new Set<number>();
  for (const m of t.matchAll(/(?<!\d)(\d{1,2})\s*日/g)) days.add(Number(m[1]));
  for (const m of t.matchAll(
    /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})\b/gi,
  )) {
    days.add(Number(m[1]));
  }
  for (const m of t.matchAll(
    /\b(\d{1,2})\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/gi,
  )) {
    days.add(Number(m[1]));
  }
  for (const m of t.matchAll(/(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?/g)) {
    years.add(Number(m[1]));
    months.add(Number(m[2]));
    if (m[3]) days.add(Number(m[3]));
  }
  return { years, months, days };
}

export interface DateParts {
  years: Set<number>;
  months: Set<number>;
  days: Set<number>;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function eraYear(value: string): number {
  return value === '元' ? 1 : Number(value);
}

/**
 * A date is marked inferred by `props.dateInferred` (how), or by an inferred source whose note
 * speaks of the date: the convention the sections already follow ("the year is taken from …").
 */
function dateMarkedInferred(entity: Entity): boolean {
  if (entity.props.dateInferred !== undefined) return true;
  return entity.sources.some(
    (s) =>
      s.inferred && s.note !== undefined && /date|year|month|day|fiscal|FY|年|月|日/iu.test(s.note),
  );
}

/** True when the parts include every component of the partial ISO date. */
export function statesDate(parts: DateParts, date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (!parts.years.has(year)) return false;
  if (month !== undefined && !Number.isNaN(month) && !parts.months.has(month)) return false;
  if (day !== undefined && !Number.isNaN(day) && !parts.days.has(day)) return false;
  return true;
}

/**
 * Sources of a dated entity whose quote is dated otherwise: the date written in the quote, or
 * else the nearest one before it in its sentence, names another year or month (a 2+2 of
 * January 2023 cited for the one of January 2022).
 */
export function sourcesAboutAnotherDate(
  entities: readonly Entity[],
  documents: readonly SourceDocument[],
): Array<{ id: string; date: string; source: Source; written: string }> {
  const lines = new Map(documents.map((d) => [d.id, d.lines]));
  const found: Array<{ id: string; date: string; source: Source; written: string }> = [];
  for (const entity of entities) {
    // Events: a measure or framework is often cited where a later event mentions it.
    if (!entity.date || entity.kind !== 'meeting') continue;
    const [year, month] = entity.date.split('-').map(Number);
    for (const source of entity.sources) {
      const { text, quoteAt } = sentenceOf(lines.get(source.documentId) ?? [], source);
      const written = datesNearest(text, quoteAt, quoteAt + source.quote.length);
      const agrees = written.some((expression) => {
        const parts = datesStatedBy(expression);
        const sameYear = parts.years.size === 0 || parts.years.has(year);
        const sameMonth = month === undefined || parts.months.size === 0 || parts.months.has(month);
        return sameYear && sameMonth;
      });
      if (written.length > 0 && !agrees) {
        found.push({ id: entity.id, date: entity.date, source, written: written.join(', ') });
      }
    }
  }
  return found;
}

const DATE_EXPRESSION =
  /(?:(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度?|(?:19|20)\d{2}\s*年度?)?\s*(?:\d{1,2}\s*月)(?:\s*\d{1,2}\s*日)?|(?:令和|平成)\s*(?:\d{1,2}|元)\s*年度?|(?:19|20)\d{2}\s*年度?/gu;

/** The dates written inside [start, end), or else the last one written before start. */
function datesNearest(text: string, start: number, end: number): string[] {
  const inside: string[] = [];
  let before: string | null = null;
  // NFKC keeps the length of full-width digits, so offsets stay close enough to tell before from inside.
  for (const match of text.normalize('NFKC').matchAll(DATE_EXPRESSION)) {
    if (match.index >= start && match.index < end) inside.push(match[0]);
    else if (match.index < start) before = match[0];
  }
  return inside.length > 0 ? inside : before ? [before] : [];
}

/** The quote widened to the sentence around it (looking a few lines beyond the cited span). */
function sentenceOf(lines: readonly string[], source: Source): { text: string; quoteAt: number } {
  const before = spanText(lines, Math.max(1, source.lineStart - 4), source.lineStart - 1);
  const span = spanText(lines, source.lineStart, source.lineEnd);
  const at = Math.max(0, span.indexOf(source.quote));
  const head = (before + span.slice(0, at)).split(/。/u).at(-1) ?? '';
  const tail = span.slice(at).split(/(?<=。)/u)[0] ?? '';
  return { text: head + tail, quoteAt: head.length };
}

/** Dated entities none of whose cited lines state the date, and whose date is not marked inferred. */
export function undatedCitations(
  entities: readonly Entity[],
  documents: readonly SourceDocument[],
): Array<{ id: string; field: 'date' | 'dateEnd'; date: string }> {
  const lines = new Map(documents.map((d) => [d.id, d.lines]));
  const found: Array<{ id: string; field: 'date' | 'dateEnd'; date: string }> = [];
  for (const entity of entities) {
    if (entity.kind === 'document' || dateMarkedInferred(entity)) continue;
    const parts = entity.sources.map((s) =>
      datesStatedBy(spanText(lines.get(s.documentId) ?? [], s.lineStart, s.lineEnd)),
    );
    for (const field of ['date', 'dateEnd'] as const) {
      const date = entity[field];
      if (date && !parts.some((p) => statesDate(p, date)))
        found.push({ id: entity.id, field, date });
    }
  }
  return found;
}
