import type { Source } from '../domain/entity';
import { searchKey } from '../domain/text';
import type { ParsedSeedFile, SeedEntity, SeedRelation } from './seed-files';
import type { SeedProblem } from './seed-problem';

/** What the deduplication step did, for the curator to review. */
export interface MergeReport {
  /** Ids defined in more than one place and united. */
  merged: Array<{ id: string; files: string[] }>;
  /** A name that differed between two definitions of one id and was kept as an alias. */
  renamed: Array<{ id: string; kept: string; alias: string; file: string }>;
  /** Different ids whose normalised names or aliases collide: probably the same thing. */
  possibleDuplicates: Array<{ key: string; ids: string[] }>;
  /** Two relation records with one id that state different things: never merged. */
  collapsingPairs: Array<{ id: string; files: [string, string]; differences: string[] }>;
}

/**
 * Unites the sections' records into one graph. The first definition of an id (in file order)
 * keeps its names and scalar fields; later ones add aliases, sources and missing fields. A kind
 * mismatch is an error, because one id cannot name two kinds of thing.
 */
export function mergeSeedFiles(
  files: ParsedSeedFile[],
  problems: SeedProblem[],
): { entities: SeedEntity[]; relations: SeedRelation[]; report: MergeReport } {
  const report: MergeReport = {
    merged: [],
    renamed: [],
    possibleDuplicates: [],
    collapsingPairs: [],
  };
  const entities = new Map<string, SeedEntity>();
  const relations = new Map<string, SeedRelation>();

  for (const file of files) {
    reportRepeatsWithinFile(file, problems);
    for (const entity of file.entities) {
      const existing = entities.get(entity.id);
      if (!existing) {
        entities.set(entity.id, { ...entity, aliases: [...entity.aliases] });
        continue;
      }
      if (existing.kind !== entity.kind) {
        problems.push({
          ...entity.origins[0],
          message: `id ${entity.id} is a ${entity.kind} here but a ${existing.kind} in ${existing.origins[0].file}`,
        });
        continue;
      }
      for (const name of [entity.nameJa, entity.nameEn]) {
        if (
          name &&
          name !== existing.nameJa &&
          name !== existing.nameEn &&
          !existing.aliases.includes(name)
        ) {
          existing.aliases.push(name);
          report.renamed.push({
            id: entity.id,
            kept: existing.nameJa,
            alias: name,
            file: file.file,
          });
        }
      }
      for (const alias of entity.aliases)
        if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
      existing.sources = uniteSources(existing.sources, entity.sources);
      existing.origins.push(...entity.origins);
      existing.nameEn ??= entity.nameEn;
      existing.subtype ??= entity.subtype;
      existing.date ??= entity.date;
      existing.dateEnd ??= entity.dateEnd;
      existing.description ??= entity.description;
      existing.props = { ...entity.props, ...existing.props };
    }
    for (const relation of file.relations) {
      const existing = relations.get(relation.id);
      if (!existing) {
        relations.set(relation.id, { ...relation });
        continue;
      }
      if (
        existing.type !== relation.type ||
        existing.from !== relation.from ||
        existing.to !== relation.to
      ) {
        problems.push({
          ...relation.origins[0],
          message: `relation id ${relation.id} is used in ${existing.origins[0].file} for a different relation`,
        });
        continue;
      }
      const differences = statedDifferences(existing, relation);
      if (differences.length > 0) {
        // Merging would give the survivor one record's facts and the other's quotes.
        report.collapsingPairs.push({
          id: relation.id,
          files: [existing.origins[0].file, relation.origins[0].file],
          differences,
        });
        problems.push({
          ...relation.origins[0],
          message:
            `would collapse into the record of ${existing.origins[0].file} that states otherwise ` +
            `(${differences.join('; ')}): give one a \`key\` if they are two statements, or make them agree`,
        });
        continue;
      }
      existing.sources = uniteSources(existing.sources, relation.sources);
      existing.origins.push(...relation.origins);
      existing.capacity ??= relation.capacity;
      existing.title ??= relation.title;
      existing.validFrom ??= relation.validFrom;
      existing.validTo ??= relation.validTo;
      existing.note ??= relation.note;
      existing.props = { ...relation.props, ...existing.props };
    }
  }

  for (const entity of entities.values()) {
    const files = [...new Set(entity.origins.map((origin) => origin.file))];
    if (files.length > 1) report.merged.push({ id: entity.id, files });
  }
  report.possibleDuplicates = findPossibleDuplicates([...entities.values()]);
  return { entities: [...entities.values()], relations: [...relations.values()], report };
}

const COMPARED_FIELDS = ['capacity', 'title', 'validFrom', 'validTo'] as const;

/**
 * What two records of one relation id both state and state differently. A field one record
 * leaves out is no contradiction (it says less); notes are commentary, not statements.
 */
export function statedDifferences(a: SeedRelation, b: SeedRelation): string[] {
  const differences: string[] = [];
  for (const field of COMPARED_FIELDS) {
    const x = a[field];
    const y = b[field];
    if (x !== undefined && y !== undefined && x !== y)
      differences.push(`${field} "${x}" vs "${y}"`);
  }
  for (const key of new Set([...Object.keys(a.props), ...Object.keys(b.props)])) {
    if (key === 'note') continue;
    const x = a.props[key];
    const y = b.props[key];
    if (x !== undefined && y !== undefined && JSON.stringify(x) !== JSON.stringify(y)) {
      differences.push(`props.${key} ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
    }
  }
  return differences;
}

/** Within one section an id is written once: a repeat is a slip, not a merge. */
function reportRepeatsWithinFile(file: ParsedSeedFile, problems: SeedProblem[]): void {
  for (const records of [file.entities, file.relations]) {
    const seen = new Set<string>();
    for (const record of records) {
      if (seen.has(record.id)) {
        problems.push({
          ...record.origins[0],
          message: `id ${record.id} appears more than once in this file`,
        });
      }
      seen.add(record.id);
    }
  }
}

function uniteSources(a: Source[], b: Source[]): Source[] {
  const key = (s: Source): string => `${s.documentId}:${s.lineStart}-${s.lineEnd}:${s.quote}`;
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((s) => !seen.has(key(s)))];
}

function findPossibleDuplicates(entities: SeedEntity[]): MergeReport['possibleDuplicates'] {
  const byKey = new Map<string, Set<string>>();
  for (const entity of entities) {
    // Only primary names: aliases such as a bare "日米首脳会談" legitimately repeat.
    for (const name of [entity.nameJa, entity.nameEn]) {
      if (!name) continue;
      const key = `${entity.kind}:${searchKey(name)}`;
      const ids = byKey.get(key) ?? new Set<string>();
      ids.add(entity.id);
      byKey.set(key, ids);
    }
  }
  return [...byKey.entries()]
    .filter(([, ids]) => ids.size > 1)
    .map(([key, ids]) => ({ key, ids: [...ids].sort() }));
}
