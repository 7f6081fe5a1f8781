import type { Source } from '../domain/entity';
import { parsePartialDate, earliestDay } from '../domain/partial-date';
import { RETIRED_IDS } from '../domain/retired-ids';
import { englishTitle } from '../domain/role-titles';
import { ENTITY_KIND_INFO, RELATION_TYPES } from '../domain/vocabulary';
import type { SourceDocument } from './documents';
import { undatedCitations } from './date-citations';
import { locateQuote, spanText } from './quote-span';
import type { Origin, SeedEntity, SeedRelation } from './seed-files';
import type { SeedProblem } from './seed-problem';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A quote is checked against at most this many lines: a wider span is no citation. */
const MAX_SPAN_LINES = 60;

/**
 * Checks the merged graph against the vocabulary and the documents. Every problem is collected
 * with the file and record it comes from.
 */
export function validateGraph(
  entities: SeedEntity[],
  relations: SeedRelation[],
  documents: SourceDocument[],
  problems: SeedProblem[],
): void {
  const documentsById = new Map(documents.map((d) => [d.id, d]));
  const quoteCheck = new QuoteChecker(documentsById);
  const entitiesById = new Map(entities.map((e) => [e.id, e]));
  const connected = new Set<string>();

  for (const entity of entities) {
    const report = (message: string, origin: Origin = entity.origins[0]): void =>
      void problems.push({ ...origin, message });
    const info = ENTITY_KIND_INFO[entity.kind];
    if (!ID_PATTERN.test(entity.id)) report(`id must be lower-case ASCII words joined by "-"`);
    if (!entity.id.startsWith(info.idPrefix)) {
      report(`id of a ${entity.kind} must start with "${info.idPrefix}"`);
    }
    if (entity.subtype !== undefined && !info.subtypes.includes(entity.subtype)) {
      report(
        `subtype "${entity.subtype}" is not one of ${entity.kind}'s: ${info.subtypes.join(', ') || '(none)'}`,
      );
    }
    checkDate(entity.date, 'date', report);
    checkDate(entity.dateEnd, 'dateEnd', report);
    if (entity.date && entity.dateEnd && isValid(entity.date) && isValid(entity.dateEnd)) {
      if (earliestDay(entity.dateEnd) < earliestDay(entity.date)) report('dateEnd is before date');
    }
    if (entity.sources.length === 0) report('has no source');
    for (const source of entity.sources) quoteCheck.check(source, report);
  }

  for (const relation of relations) {
    const report = (message: string): void =>
      void problems.push({ ...relation.origins[0], message });
    const info = RELATION_TYPES[relation.type];
    const from = entitiesById.get(relation.from);
    const to = entitiesById.get(relation.to);
    if (!from) report(`from "${relation.from}" is not a defined entity`);
    if (!to) report(`to "${relation.to}" is not a defined entity`);
    if (from && !(info.domain as readonly string[]).includes(from.kind)) {
      report(
        `${relation.type} cannot start from a ${from.kind} (allowed: ${info.domain.join(', ')})`,
      );
    }
    if (to && !(info.range as readonly string[]).includes(to.kind)) {
      report(`${relation.type} cannot point to a ${to.kind} (allowed: ${info.range.join(', ')})`);
    }
    if (relation.from === relation.to) report('a relation cannot link an entity to itself');
    for (const title of [relation.capacity, relation.title]) {
      if (title !== undefined && englishTitle(title) === null) {
        report(`title "${title}" has no English form: add it to src/domain/role-titles.ts`);
      }
    }
    checkDate(relation.validFrom, 'validFrom', report);
    checkDate(relation.validTo, 'validTo', report);
    if (relation.sources.length === 0) report('has no source');
    for (const source of relation.sources) quoteCheck.check(source, report);
    connected.add(relation.from);
    connected.add(relation.to);
  }

  for (const entity of entities) {
    if (entity.kind !== 'document' && !connected.has(entity.id)) {
      problems.push({ ...entity.origins[0], message: 'takes part in no relation' });
    }
    const claimed = idDate(entity.id);
    const dateOk = entity.date === undefined || isValid(entity.date);
    if (claimed && dateOk && !entity.date?.startsWith(claimed)) {
      problems.push({
        ...entity.origins[0],
        message: `id names the date ${claimed} but the entity's date is ${entity.date ?? 'not given'}: an id claims no more than the documents say`,
      });
    }
    for (const other of listProp(entity.props.distinctFrom)) {
      if (!entitiesById.has(other)) {
        problems.push({
          ...entity.origins[0],
          message: `props.distinctFrom names unknown ${other}`,
        });
      }
    }
  }

  for (const { id, field, date } of undatedCitations(entities, documents)) {
    if (!isValid(date)) continue; // already reported as an invalid date
    problems.push({
      ...entitiesById.get(id)!.origins[0],
      message: `${field} ${date} is written in none of its sources' lines: cite a line that writes it, or say how it was inferred (props.dateInferred, or an inferred source whose note names the date)`,
    });
  }

  // Survivors are checked against the committed seeds in test/seeds: a partial seed tree (a
  // curator's --only run, a test fixture) need not hold them.
  for (const retired of RETIRED_IDS.keys()) {
    const record = `retired id ${retired}`;
    const file = 'src/domain/retired-ids.ts';
    if (entitiesById.has(retired)) {
      problems.push({ file, record, message: 'is retired but still defined in the seeds' });
    }
  }
}

/** The date an id spells after its kind's prefix (`meeting-2022-07-…` → 2022-07), if any. */
function idDate(id: string): string | null {
  return /^[a-z]+-(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=-|$)/.exec(id)?.[1] ?? null;
}

function listProp(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? [value] : [];
}

function isValid(date: string): boolean {
  return parsePartialDate(date) !== null;
}

function checkDate(
  value: string | undefined,
  field: string,
  report: (message: string) => void,
): void {
  if (value !== undefined && !isValid(value)) {
    report(`${field} "${value}" is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
}

/**
 * Requires each quote to be the document's own characters: an exact substring of its line span,
 * lines joined as `spanText` joins them. A quote that matches only after normalisation is reported
 * with what the document says there, so the curator can copy it.
 */
class QuoteChecker {
  constructor(private readonly documents: Map<string, SourceDocument>) {}

  check(source: Source, report: (message: string) => void): void {
    const document = this.documents.get(source.documentId);
    const where = `source ${source.documentId}:${source.lineStart}-${source.lineEnd}`;
    if (!document) return report(`${where}: no document "${source.documentId}" in the manifest`);
    const { lineStart, lineEnd } = source;
    if (lineStart < 1 || lineEnd < lineStart || lineEnd > document.lines.length) {
      return report(`${where}: line span is outside the document (1–${document.lines.length})`);
    }
    if (lineEnd - lineStart >= MAX_SPAN_LINES) {
      return report(
        `${where}: span is wider than ${MAX_SPAN_LINES} lines; cite the lines that hold the quote`,
      );
    }
    const text = spanText(document.lines, lineStart, lineEnd);
    if (text.includes(source.quote)) return;
    const exact = locateQuote(text, source.quote);
    report(
      exact === null
        ? `${where}: quote "${truncate(source.quote)}" is not in these lines`
        : `${where}: quote "${truncate(source.quote)}" is not the document's own characters; the lines say "${exact}"`,
    );
  }
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
