import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Entity, PropertyValue, Relation, Source } from '../domain/entity';
import { defaultRelationId } from '../domain/entity';
import { isEntityKind, isRelationType } from '../domain/vocabulary';
import type { SeedProblem } from './seed-problem';

/** Where a record was written, so that every problem can point at it. */
export interface Origin {
  file: string;
  record: string;
}

export interface SeedEntity extends Entity {
  origins: Origin[];
}

export interface SeedRelation extends Relation {
  origins: Origin[];
}

export interface ParsedSeedFile {
  file: string;
  section: string;
  entities: SeedEntity[];
  relations: SeedRelation[];
}

type Raw = Record<string, unknown>;

/** Every `.yaml` file under the seed graph directory, in a stable order. */
export function listSeedFiles(graphDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.yaml') || name.endsWith('.yml')) files.push(path);
    }
  };
  walk(graphDir);
  return files;
}

/**
 * Parses one seed file into domain records. Shape errors are collected, never thrown, so that
 * one run reports every problem of every file.
 */
export function parseSeedFile(
  path: string,
  rootDir: string,
  problems: SeedProblem[],
): ParsedSeedFile {
  const file = relative(rootDir, path);
  const result: ParsedSeedFile = { file, section: '', entities: [], relations: [] };
  let doc: unknown;
  try {
    doc = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push({
      file,
      record: '(file)',
      message: `not valid YAML: ${(error as Error).message}`,
    });
    return result;
  }
  if (!isRaw(doc)) {
    problems.push({
      file,
      record: '(file)',
      message: 'expected a mapping with entities and relations',
    });
    return result;
  }
  result.section = typeof doc.section === 'string' ? doc.section : '';
  const defaultDocument = typeof doc.document === 'string' ? doc.document : undefined;
  for (const key of Object.keys(doc)) {
    if (!['section', 'document', 'entities', 'relations'].includes(key)) {
      problems.push({ file, record: '(file)', message: `unknown top-level key "${key}"` });
    }
  }
  const entities = listOf(doc.entities, file, 'entities', problems);
  entities.forEach((raw, index) => {
    const record = `entities[${index}] ${typeof raw.id === 'string' ? raw.id : '(no id)'}`;
    const entity = toEntity(raw, { file, record }, defaultDocument, problems);
    if (entity) result.entities.push(entity);
  });
  const relations = listOf(doc.relations, file, 'relations', problems);
  relations.forEach((raw, index) => {
    // `key` tells apart two statements of the same type between the same pair (two titles,
    // two dates); it becomes part of the id so that neither overwrites the other.
    const key = typeof raw.key === 'string' ? raw.key : undefined;
    const id =
      typeof raw.id === 'string'
        ? raw.id
        : defaultRelationId(String(raw.type), String(raw.from), String(raw.to), key);
    const record = `relations[${index}] ${id}`;
    const relation = toRelation(raw, id, { file, record }, defaultDocument, problems);
    if (relation) result.relations.push(relation);
  });
  return result;
}

const ENTITY_KEYS = new Set([
  'id',
  'kind',
  'subtype',
  'nameJa',
  'nameEn',
  'aliases',
  'date',
  'dateEnd',
  'description',
  'props',
  'sources',
  'note',
  'draft',
]);

/**
 * `npm run draft` marks every proposal `draft: true`: such a record never loads. A curator
 * accepts it by deleting the flag, and it is then validated like any other.
 */
function refuseDraft(raw: Raw, report: (message: string) => void): void {
  if (raw.draft !== undefined) {
    report(
      'draft record: a curator has not accepted it yet (check its quote and lines, then delete "draft: true")',
    );
  }
}

function toEntity(
  raw: Raw,
  origin: Origin,
  defaultDocument: string | undefined,
  problems: SeedProblem[],
): SeedEntity | null {
  const report = (message: string): void => void problems.push({ ...origin, message });
  for (const key of Object.keys(raw)) if (!ENTITY_KEYS.has(key)) report(`unknown field "${key}"`);
  refuseDraft(raw, report);
  if (typeof raw.id !== 'string' || raw.id === '') return (report('id is missing'), null);
  if (typeof raw.kind !== 'string' || !isEntityKind(raw.kind)) {
    report(`kind "${String(raw.kind)}" is not an entity kind (see src/domain/vocabulary.ts)`);
    return null;
  }
  if (typeof raw.nameJa !== 'string' || raw.nameJa.trim() === '') report('nameJa is missing');
  const entity: SeedEntity = {
    id: raw.id,
    kind: raw.kind,
    nameJa: typeof raw.nameJa === 'string' ? raw.nameJa : '',
    aliases: stringList(raw.aliases, 'aliases', report),
    props: props(raw.props, report),
    sources: sources(raw.sources, defaultDocument, report),
    origins: [origin],
  };
  assignString(entity, 'subtype', raw.subtype, report);
  assignString(entity, 'nameEn', raw.nameEn, report);
  assignString(entity, 'date', raw.date, report);
  assignString(entity, 'dateEnd', raw.dateEnd, report);
  assignString(entity, 'description', raw.description, report);
  if (typeof raw.note === 'string') entity.props.note = raw.note;
  return entity;
}

const RELATION_KEYS = new Set([
  'id',
  'key',
  'type',
  'from',
  'to',
  'capacity',
  'title',
  'validFrom',
  'validTo',
  'note',
  'props',
  'sources',
  'draft',
]);

function toRelation(
  raw: Raw,
  id: string,
  origin: Origin,
  defaultDocument: string | undefined,
  problems: SeedProblem[],
): SeedRelation | null {
  const report = (message: string): void => void problems.push({ ...origin, message });
  for (const key of Object.keys(raw)) if (!RELATION_KEYS.has(key)) report(`unknown field "${key}"`);
  refuseDraft(raw, report);
  if (
    raw.key !== undefined &&
    (typeof raw.key !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(raw.key))
  ) {
    report('key must be lower-case ASCII words joined by "-"');
  }
  if (typeof raw.type !== 'string' || !isRelationType(raw.type)) {
    report(`type "${String(raw.type)}" is not a relation type (see src/domain/vocabulary.ts)`);
    return null;
  }
  if (typeof raw.from !== 'string' || typeof raw.to !== 'string') {
    report('from and to must both be entity ids');
    return null;
  }
  const relation: SeedRelation = {
    id,
    type: raw.type,
    from: raw.from,
    to: raw.to,
    props: props(raw.props, report),
    sources: sources(raw.sources, defaultDocument, report),
    origins: [origin],
  };
  assignString(relation, 'capacity', raw.capacity, report);
  assignString(relation, 'title', raw.title, report);
  assignString(relation, 'validFrom', raw.validFrom, report);
  assignString(relation, 'validTo', raw.validTo, report);
  assignString(relation, 'note', raw.note, report);
  return relation;
}

function sources(
  value: unknown,
  defaultDocument: string | undefined,
  report: (message: string) => void,
): Source[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return (report('sources must be a list'), []);
  const result: Source[] = [];
  value.forEach((raw: unknown, index) => {
    if (!isRaw(raw)) return report(`sources[${index}] must be a mapping`);
    const documentId = typeof raw.doc === 'string' ? raw.doc : defaultDocument;
    if (!documentId) return report(`sources[${index}] names no document and the file has none`);
    const span = Array.isArray(raw.lines) ? raw.lines : [raw.lines, raw.lines];
    const [lineStart, lineEnd] = span.map(Number);
    if (span.length !== 2 || !Number.isInteger(lineStart) || !Number.isInteger(lineEnd)) {
      return report(`sources[${index}].lines must be a line number or [start, end]`);
    }
    if (typeof raw.quote !== 'string' || raw.quote.trim() === '') {
      return report(`sources[${index}].quote is missing`);
    }
    const inferred = raw.inferred === true;
    if (inferred && typeof raw.note !== 'string') {
      report(`sources[${index}] is inferred but has no note saying how`);
    }
    result.push({
      documentId,
      lineStart,
      lineEnd,
      quote: String(raw.quote),
      inferred,
      ...(typeof raw.note === 'string' ? { note: raw.note } : {}),
    });
  });
  return result;
}

function props(value: unknown, report: (message: string) => void): Record<string, PropertyValue> {
  if (value === undefined || value === null) return {};
  if (!isRaw(value)) return (report('props must be a mapping'), {});
  const result: Record<string, PropertyValue> = {};
  for (const [key, item] of Object.entries(value)) {
    if (isPrimitive(item)) result[key] = item;
    else if (
      Array.isArray(item) &&
      item.every(isPrimitive) &&
      new Set(item.map((x) => typeof x)).size <= 1
    ) {
      result[key] = item as PropertyValue;
    } else {
      // Neo4j stores only primitives and homogeneous lists of them.
      report(`props.${key} must be a string, number, boolean or a list of one of those`);
    }
  }
  return result;
}

function stringList(value: unknown, field: string, report: (message: string) => void): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return (report(`${field} must be a list`), []);
  return value.map(String);
}

function assignString<T extends object>(
  target: T,
  key: keyof T & string,
  value: unknown,
  report: (message: string) => void,
): void {
  if (value === undefined || value === null) return;
  if (typeof value === 'string' || typeof value === 'number') {
    (target as Record<string, unknown>)[key] = String(value);
  } else {
    report(`${key} must be a string`);
  }
}

function listOf(value: unknown, file: string, key: string, problems: SeedProblem[]): Raw[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ file, record: '(file)', message: `${key} must be a list` });
    return [];
  }
  return value.filter((item, index): item is Raw => {
    if (isRaw(item)) return true;
    problems.push({ file, record: `${key}[${index}]`, message: 'must be a mapping' });
    return false;
  });
}

function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPrimitive(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
