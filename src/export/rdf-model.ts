import type { Source } from '../domain/entity';
import { parsePartialDate } from '../domain/partial-date';
import { ENTITY_KIND_INFO, RELATION_TYPE_NAMES } from '../domain/vocabulary';
import type { ExportView } from './export-view';

/**
 * The RDF shape of an export, shared by JSON-LD and Turtle so both say exactly the same thing.
 * Entities are `kz:Entity` plus their kind's class; each relation is stated directly
 * (`<from> kz:PARTICIPATES_IN <to>`) and reified as an `rdf:Statement` carrying its properties;
 * entities and relations point with `prov:wasDerivedFrom` to one `kz:Source` (a `prov:Entity`)
 * per source, with the document, the line span and the exact quote. IRIs are host-independent
 * URNs, so two exports of the same graph name the same things wherever they were made.
 */

export const NS = {
  kz: 'urn:kizuna:vocab:',
  prov: 'http://www.w3.org/ns/prov#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

export type Term =
  | { iri: string }
  | { value: string; lang?: string; datatype?: string }
  | { value: number | boolean };

export interface RdfNode {
  id: string;
  types: string[];
  props: Array<[predicate: string, object: Term]>;
}

const kz = (local: string): string => `${NS.kz}${local}`;
const prov = (local: string): string => `${NS.prov}${local}`;
const rdf = (local: string): string => `${NS.rdf}${local}`;
const rdfs = (local: string): string => `${NS.rdfs}${local}`;
const xsd = (local: string): string => `${NS.xsd}${local}`;

export function entityIri(id: string): string {
  return `urn:kizuna:entity:${encodeURIComponent(id)}`;
}

export function relationIri(id: string): string {
  return `urn:kizuna:relation:${encodeURIComponent(id)}`;
}

/** kz: terms with literal values; the JSON-LD context defines each under its local name. */
export const LITERAL_TERMS = [
  'id',
  'kind',
  'subtype',
  'nameJa',
  'nameEn',
  'alias',
  'date',
  'dateEnd',
  'description',
  'propsJson',
  'relationType',
  'capacity',
  'title',
  'validFrom',
  'validTo',
  'note',
  'documentId',
  'lineStart',
  'lineEnd',
  'quote',
  'inferred',
  'version',
  'fingerprint',
  'lastChanged',
  'view',
  'truncated',
] as const;
/** kz: terms whose values are IRIs. */
export const IRI_TERMS = ['document', ...RELATION_TYPE_NAMES] as const;
export const CLASS_TERMS = [
  'Entity',
  'Relation',
  'Source',
  'GraphExport',
  ...Object.values(ENTITY_KIND_INFO).map((info) => info.label),
];

export function* rdfNodes(view: ExportView): Generator<RdfNode> {
  const version = view.version;
  const graphProps: RdfNode['props'] = [[kz('view'), { value: view.description }]];
  graphProps.push([kz('truncated'), { value: view.truncated }]);
  if (version) {
    graphProps.push(
      [kz('version'), { value: version.version }],
      [kz('fingerprint'), { value: version.fingerprint }],
      [kz('lastChanged'), { value: version.lastChanged, datatype: xsd('date') }],
    );
  }
  yield {
    id: `urn:kizuna:export:${version ? version.fingerprint : 'unversioned'}`,
    types: [kz('GraphExport'), prov('Entity')],
    props: graphProps,
  };

  const outgoing = new Map<string, Array<[string, Term]>>();
  for (const r of view.relations) {
    const list = outgoing.get(r.from) ?? [];
    list.push([kz(r.type), { iri: entityIri(r.to) }]);
    outgoing.set(r.from, list);
  }

  for (const e of view.entities) {
    const iri = entityIri(e.id);
    const props: RdfNode['props'] = [
      [kz('id'), { value: e.id }],
      [kz('kind'), { value: e.kind }],
      [rdfs('label'), { value: e.nameJa, lang: 'ja' }],
      [kz('nameJa'), { value: e.nameJa, lang: 'ja' }],
    ];
    if (e.nameEn) {
      props.push([rdfs('label'), { value: e.nameEn, lang: 'en' }]);
      props.push([kz('nameEn'), { value: e.nameEn, lang: 'en' }]);
    }
    if (e.subtype) props.push([kz('subtype'), { value: e.subtype }]);
    for (const alias of e.aliases) props.push([kz('alias'), { value: alias }]);
    if (e.date) props.push([kz('date'), dateTerm(e.date)]);
    if (e.dateEnd) props.push([kz('dateEnd'), dateTerm(e.dateEnd)]);
    if (e.description) props.push([kz('description'), { value: e.description }]);
    props.push([kz('propsJson'), { value: JSON.stringify(e.props) }]);
    props.push(...(outgoing.get(e.id) ?? []));
    props.push(...derivedFrom(iri, e.sources));
    yield {
      id: iri,
      types: [kz('Entity'), kz(ENTITY_KIND_INFO[e.kind].label), prov('Entity')],
      props,
    };
    yield* sourceNodes(iri, e.sources);
  }

  for (const r of view.relations) {
    const iri = relationIri(r.id);
    const props: RdfNode['props'] = [
      [rdf('subject'), { iri: entityIri(r.from) }],
      [rdf('predicate'), { iri: kz(r.type) }],
      [rdf('object'), { iri: entityIri(r.to) }],
      [kz('id'), { value: r.id }],
      [kz('relationType'), { value: r.type }],
    ];
    if (r.capacity) props.push([kz('capacity'), { value: r.capacity }]);
    if (r.title) props.push([kz('title'), { value: r.title }]);
    if (r.validFrom) props.push([kz('validFrom'), dateTerm(r.validFrom)]);
    if (r.validTo) props.push([kz('validTo'), dateTerm(r.validTo)]);
    if (r.note) props.push([kz('note'), { value: r.note }]);
    props.push([kz('propsJson'), { value: JSON.stringify(r.props) }]);
    props.push(...derivedFrom(iri, r.sources));
    yield { id: iri, types: [rdf('Statement'), kz('Relation'), prov('Entity')], props };
    yield* sourceNodes(iri, r.sources);
  }
}

function sourceIri(ownerIri: string, index: number): string {
  return `${ownerIri}:source-${index + 1}`;
}

function derivedFrom(ownerIri: string, sources: Source[]): RdfNode['props'] {
  return sources.map((_, i) => [prov('wasDerivedFrom'), { iri: sourceIri(ownerIri, i) }]);
}

function* sourceNodes(ownerIri: string, sources: Source[]): Generator<RdfNode> {
  for (const [i, s] of sources.entries()) {
    const props: RdfNode['props'] = [
      [kz('document'), { iri: entityIri(`${ENTITY_KIND_INFO.document.idPrefix}${s.documentId}`) }],
      [kz('documentId'), { value: s.documentId }],
      [kz('lineStart'), { value: s.lineStart }],
      [kz('lineEnd'), { value: s.lineEnd }],
      [kz('quote'), { value: s.quote, lang: 'ja' }],
      [kz('inferred'), { value: s.inferred }],
    ];
    if (s.note) props.push([kz('note'), { value: s.note }]);
    yield { id: sourceIri(ownerIri, i), types: [kz('Source'), prov('Entity')], props };
  }
}

/** Partial dates keep their precision: xsd:gYear, xsd:gYearMonth or xsd:date. */
export function dateTerm(value: string): Term {
  const parsed = parsePartialDate(value);
  if (!parsed) return { value };
  const type = { year: 'gYear', month: 'gYearMonth', day: 'date' }[parsed.precision];
  return { value, datatype: xsd(type) };
}
