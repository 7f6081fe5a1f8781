import type { ExportView } from './export-view';
import { CLASS_TERMS, IRI_TERMS, LITERAL_TERMS, NS, rdfNodes, type Term } from './rdf-model';

/**
 * JSON-LD 1.0 (flattened: one node object per subject in `@graph`) of the same triples as the
 * Turtle export. The context is published by the service at /export/context.jsonld; an export
 * refers to it by URL, or carries it inline (`context=inline`, and always from the command line,
 * where there is no service to publish it).
 */

/** Where each predicate's compact key comes from: the kz: local name, or a few well-known terms. */
const EXTRA_TERMS: Record<string, string> = {
  label: `${NS.rdfs}label`,
  wasDerivedFrom: `${NS.prov}wasDerivedFrom`,
  subject: `${NS.rdf}subject`,
  predicate: `${NS.rdf}predicate`,
  object: `${NS.rdf}object`,
};

export function jsonLdContext(): Record<string, unknown> {
  const context: Record<string, unknown> = { ...NS };
  for (const name of LITERAL_TERMS) context[name] = `kz:${name}`;
  for (const name of IRI_TERMS) context[name] = { '@id': `kz:${name}`, '@type': '@id' };
  for (const [name, iri] of Object.entries(EXTRA_TERMS)) {
    const isIri = name !== 'label';
    const prefix = Object.entries(NS).find(([, base]) => iri.startsWith(base))!;
    const id = `${prefix[0]}:${iri.slice(prefix[1].length)}`;
    context[name] = isIri ? { '@id': id, '@type': '@id' } : id;
  }
  for (const name of CLASS_TERMS) context[name] = `kz:${name}`;
  return { '@context': context };
}

const KEY_BY_IRI = new Map<string, string>([
  ...[...LITERAL_TERMS, ...IRI_TERMS].map((name): [string, string] => [`${NS.kz}${name}`, name]),
  ...Object.entries(EXTRA_TERMS).map(([name, iri]): [string, string] => [iri, name]),
]);
const IRI_VALUED = new Set<string>([
  ...IRI_TERMS,
  'wasDerivedFrom',
  'subject',
  'predicate',
  'object',
]);

export function* jsonLd(view: ExportView, contextUrl: string | null): Generator<string> {
  const context = contextUrl ?? jsonLdContext()['@context'];
  yield `{\n"@context": ${JSON.stringify(context)},\n"@graph": [\n`;
  let first = true;
  for (const node of rdfNodes(view)) {
    const object: Record<string, unknown> = {
      '@id': node.id,
      '@type': node.types.map(compact),
    };
    for (const [predicate, value] of node.props) {
      const key = KEY_BY_IRI.get(predicate) ?? predicate;
      const item = IRI_VALUED.has(key) && 'iri' in value ? value.iri : jsonValue(value);
      const existing = object[key];
      if (existing === undefined) object[key] = item;
      else if (Array.isArray(existing)) existing.push(item);
      else object[key] = [existing, item];
    }
    yield `${first ? '' : ',\n'}${JSON.stringify(object)}`;
    first = false;
  }
  yield '\n]\n}\n';
}

function compact(iri: string): string {
  for (const [prefix, base] of Object.entries(NS)) {
    if (iri.startsWith(base)) return `${prefix}:${iri.slice(base.length)}`;
  }
  return iri;
}

function jsonValue(t: Term): unknown {
  if ('iri' in t) return { '@id': t.iri };
  if (typeof t.value !== 'string') return t.value;
  if ('lang' in t && t.lang) return { '@value': t.value, '@language': t.lang };
  if ('datatype' in t && t.datatype) return { '@value': t.value, '@type': compact(t.datatype) };
  return t.value;
}
