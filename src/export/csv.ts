import type { RelationRecord } from '../services/records';
import { edgeLabel } from '../services/explanation';
import type { ExportEntity, ExportView } from './export-view';
import { maxSourceCount, sourceColumns } from './provenance-columns';

/**
 * CSV for pandas, R and spreadsheets (RFC 4180: comma, double quotes doubled, CRLF): one file of
 * nodes, one of edges with one row per relation and its sources in columns. Every row carries
 * the graph version, so a table copied out of context still says which graph it came from.
 */

type Cell = string | number | boolean | null | undefined;

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; null is empty. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export function* csvNodes(view: ExportView): Generator<string> {
  const sources = sourceColumns(maxSourceCount(view.entities));
  const version = view.version?.version ?? null;
  yield csvRow([
    'id',
    'kind',
    'subtype',
    'name_ja',
    'name_en',
    'aliases',
    'date',
    'date_end',
    'description',
    'props_json',
    ...sources.map((c) => c.name),
    'graph_version',
  ]);
  for (const e of view.entities) {
    yield csvRow([...nodeCells(e), ...sources.map((c) => c.value(e.sources)), version]);
  }
}

export function* csvEdges(view: ExportView): Generator<string> {
  const sources = sourceColumns(maxSourceCount(view.relations));
  const version = view.version?.version ?? null;
  yield csvRow([
    'id',
    'type',
    'from',
    'to',
    'label',
    'capacity',
    'title',
    'valid_from',
    'valid_to',
    'note',
    'props_json',
    ...sources.map((c) => c.name),
    'graph_version',
  ]);
  for (const r of view.relations) {
    yield csvRow([...edgeCells(r), ...sources.map((c) => c.value(r.sources)), version]);
  }
}

function nodeCells(e: ExportEntity): Cell[] {
  return [
    e.id,
    e.kind,
    e.subtype,
    e.nameJa,
    e.nameEn,
    e.aliases.join(' | '),
    e.date,
    e.dateEnd,
    e.description,
    JSON.stringify(e.props),
  ];
}

function edgeCells(r: RelationRecord): Cell[] {
  return [
    r.id,
    r.type,
    r.from,
    r.to,
    edgeLabel(r),
    r.capacity,
    r.title,
    r.validFrom,
    r.validTo,
    r.note,
    JSON.stringify(r.props),
  ];
}
