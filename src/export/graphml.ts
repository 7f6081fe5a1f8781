import type { Source } from '../domain/entity';
import { edgeLabel } from '../services/explanation';
import type { ExportView } from './export-view';
import { maxSourceCount, sourceColumns, type ColumnType } from './provenance-columns';

/**
 * GraphML (the graphdrawing.org schema) for Gephi, yEd, networkx and igraph: a directed graph,
 * node ids = entity ids, edge ids = relation ids, and every property and source as a typed
 * attribute declared by a <key>. `label` is the English name where there is one (what Gephi
 * shows); `name_ja` and `name_en` hold both.
 */

interface Attribute<T> {
  name: string;
  type: ColumnType;
  value: (item: T) => string | number | boolean | null | undefined;
}

type Entity = ExportView['entities'][number];
type Relation = ExportView['relations'][number];

const NODE_ATTRIBUTES: Attribute<Entity>[] = [
  { name: 'label', type: 'string', value: (e) => e.nameEn ?? e.nameJa },
  { name: 'kind', type: 'string', value: (e) => e.kind },
  { name: 'subtype', type: 'string', value: (e) => e.subtype },
  { name: 'name_ja', type: 'string', value: (e) => e.nameJa },
  { name: 'name_en', type: 'string', value: (e) => e.nameEn },
  { name: 'aliases', type: 'string', value: (e) => e.aliases.join(' | ') || null },
  { name: 'date', type: 'string', value: (e) => e.date },
  { name: 'date_end', type: 'string', value: (e) => e.dateEnd },
  { name: 'description', type: 'string', value: (e) => e.description },
  { name: 'props_json', type: 'string', value: (e) => JSON.stringify(e.props) },
];

const EDGE_ATTRIBUTES: Attribute<Relation>[] = [
  { name: 'type', type: 'string', value: (r) => r.type },
  { name: 'label', type: 'string', value: (r) => edgeLabel(r) },
  { name: 'capacity', type: 'string', value: (r) => r.capacity },
  { name: 'title', type: 'string', value: (r) => r.title },
  { name: 'valid_from', type: 'string', value: (r) => r.validFrom },
  { name: 'valid_to', type: 'string', value: (r) => r.validTo },
  { name: 'note', type: 'string', value: (r) => r.note },
  { name: 'props_json', type: 'string', value: (r) => JSON.stringify(r.props) },
];

export function* graphml(view: ExportView): Generator<string> {
  const withSources = <T extends { sources: Source[] }>(
    base: Attribute<T>[],
    count: number,
  ): Attribute<T>[] => [
    ...base,
    ...sourceColumns(count).map((c) => ({ ...c, value: (item: T) => c.value(item.sources) })),
  ];
  const nodeAttributes = withSources(NODE_ATTRIBUTES, maxSourceCount(view.entities));
  const edgeAttributes = withSources(EDGE_ATTRIBUTES, maxSourceCount(view.relations));
  const graphData: Array<[string, string | null]> = [
    ['version', view.version?.version ?? null],
    ['fingerprint', view.version?.fingerprint ?? null],
    ['last_changed', view.version?.lastChanged ?? null],
    ['view', view.description],
    ['truncated', String(view.truncated)],
  ];

  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns ' +
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  for (const [name] of graphData) {
    const type = name === 'truncated' ? 'boolean' : 'string';
    yield `  <key id="g_${name}" for="graph" attr.name="${name}" attr.type="${type}"/>\n`;
  }
  for (const a of nodeAttributes) {
    yield `  <key id="n_${a.name}" for="node" attr.name="${a.name}" attr.type="${xmlType(a.type)}"/>\n`;
  }
  for (const a of edgeAttributes) {
    yield `  <key id="e_${a.name}" for="edge" attr.name="${a.name}" attr.type="${xmlType(a.type)}"/>\n`;
  }
  yield '  <graph id="kizuna" edgedefault="directed">\n';
  for (const [name, value] of graphData) {
    if (value !== null) yield `    <data key="g_${name}">${xmlText(value)}</data>\n`;
  }
  for (const entity of view.entities) {
    yield `    <node id="${xmlText(entity.id)}">${dataElements('n', nodeAttributes, entity)}</node>\n`;
  }
  for (const r of view.relations) {
    yield (
      `    <edge id="${xmlText(r.id)}" source="${xmlText(r.from)}" target="${xmlText(r.to)}">` +
      `${dataElements('e', edgeAttributes, r)}</edge>\n`
    );
  }
  yield '  </graph>\n</graphml>\n';
}

function dataElements<T>(prefix: string, attributes: Attribute<T>[], item: T): string {
  let out = '';
  for (const a of attributes) {
    const value = a.value(item);
    if (value === null || value === undefined) continue;
    out += `<data key="${prefix}_${a.name}">${xmlText(String(value))}</data>`;
  }
  return out;
}

function xmlType(type: ColumnType): string {
  return type === 'int' ? 'int' : type;
}

/** Escapes markup and drops the few characters XML 1.0 cannot hold at all. */
export function xmlText(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
