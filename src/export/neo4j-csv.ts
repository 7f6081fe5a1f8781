import { earliestDay } from '../domain/partial-date';
import { ENTITY_KIND_INFO } from '../domain/vocabulary';
import { csvRow } from './csv';
import type { ExportView } from './export-view';

/**
 * The CSV layout of `neo4j-admin database import full` (header conventions: `id:ID(Entity)`,
 * `:LABEL`, `:START_ID(Entity)`, `:END_ID(Entity)`, `:TYPE`, `name:type` for typed columns,
 * `type[]` for arrays split on `;`). Property names and labels are the ones Kizuna writes to
 * Neo4j itself (`Entity` plus the kind's label; `propsJson`, `sourcesJson`), so Cypher written
 * against Kizuna's store reads an imported copy the same way. Load both files with:
 *
 *   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv \
 *     --multiline-fields=true neo4j
 */

export const ARRAY_DELIMITER = ';';

export const NEO4J_NODE_HEADER = [
  'id:ID(Entity)',
  ':LABEL',
  'kind',
  'subtype',
  'nameJa',
  'nameEn',
  'aliases:string[]',
  'date',
  'dateEnd',
  'dateDay:date',
  'description',
  'propsJson',
  'sourcesJson',
  'sourceCount:int',
  'sourceDocuments:string[]',
  'sourceLineStarts:int[]',
  'sourceLineEnds:int[]',
  'graphVersion',
];

export const NEO4J_RELATIONSHIP_HEADER = [
  ':START_ID(Entity)',
  ':END_ID(Entity)',
  ':TYPE',
  'id',
  'capacity',
  'title',
  'validFrom',
  'validTo',
  'note',
  'propsJson',
  'sourcesJson',
  'sourceCount:int',
  'sourceDocuments:string[]',
  'sourceLineStarts:int[]',
  'sourceLineEnds:int[]',
];

export function* neo4jNodes(view: ExportView): Generator<string> {
  yield csvRow(NEO4J_NODE_HEADER);
  for (const e of view.entities) {
    yield csvRow([
      e.id,
      `Entity${ARRAY_DELIMITER}${ENTITY_KIND_INFO[e.kind].label}`,
      e.kind,
      e.subtype,
      e.nameJa,
      e.nameEn,
      array(e.aliases),
      e.date,
      e.dateEnd,
      e.date ? earliestDay(e.date) : null,
      e.description,
      JSON.stringify(e.props),
      JSON.stringify(e.sources),
      e.sources.length,
      array(e.sources.map((s) => s.documentId)),
      array(e.sources.map((s) => String(s.lineStart))),
      array(e.sources.map((s) => String(s.lineEnd))),
      view.version?.version ?? null,
    ]);
  }
}

export function* neo4jRelationships(view: ExportView): Generator<string> {
  yield csvRow(NEO4J_RELATIONSHIP_HEADER);
  for (const r of view.relations) {
    yield csvRow([
      r.from,
      r.to,
      r.type,
      r.id,
      r.capacity,
      r.title,
      r.validFrom,
      r.validTo,
      r.note,
      JSON.stringify(r.props),
      JSON.stringify(r.sources),
      r.sources.length,
      array(r.sources.map((s) => s.documentId)),
      array(r.sources.map((s) => String(s.lineStart))),
      array(r.sources.map((s) => String(s.lineEnd))),
    ]);
  }
}

/**
 * An array cell; empty for an empty list (no property). An element holding the delimiter would
 * split in two on import, so it is refused rather than silently corrupted.
 */
function array(values: readonly string[]): string | null {
  for (const value of values) {
    if (value.includes(ARRAY_DELIMITER)) {
      throw new Error(`array element ${JSON.stringify(value)} holds "${ARRAY_DELIMITER}"`);
    }
  }
  return values.length ? values.join(ARRAY_DELIMITER) : null;
}
