import type { ExportView } from './export-view';
import { NS, rdfNodes, type Term } from './rdf-model';

/** Turtle (RDF 1.1) of the same triples as the JSON-LD export, one subject block per node. */
export function* turtle(view: ExportView): Generator<string> {
  if (view.version) yield `# Kizuna graph version ${view.version.version}\n`;
  yield `# ${view.description.replace(/[\r\n]/g, ' ')}\n`;
  for (const [prefix, iri] of Object.entries(NS)) yield `@prefix ${prefix}: <${iri}> .\n`;
  for (const node of rdfNodes(view)) {
    const lines = [`a ${node.types.map(iriRef).join(', ')}`];
    for (const [predicate, object] of node.props)
      lines.push(`${iriRef(predicate)} ${term(object)}`);
    yield `\n${iriRef(node.id)}\n    ${lines.join(' ;\n    ')} .\n`;
  }
}

const LOCAL_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** A prefixed name where the local part is plainly safe, else the full <IRI>. */
function iriRef(iri: string): string {
  for (const [prefix, base] of Object.entries(NS)) {
    if (iri.startsWith(base) && LOCAL_NAME.test(iri.slice(base.length))) {
      return `${prefix}:${iri.slice(base.length)}`;
    }
  }
  // IRIs here are URNs built with encodeURIComponent: nothing Turtle forbids in <…> remains.
  return `<${iri}>`;
}

function term(t: Term): string {
  if ('iri' in t) return iriRef(t.iri);
  if (typeof t.value === 'number') {
    return Number.isInteger(t.value) ? String(t.value) : `"${t.value}"^^xsd:double`;
  }
  if (typeof t.value === 'boolean') return String(t.value);
  const literal = `"${escape(t.value)}"`;
  if ('lang' in t && t.lang) return `${literal}@${t.lang}`;
  if ('datatype' in t && t.datatype) return `${literal}^^${iriRef(t.datatype)}`;
  return literal;
}

function escape(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
}
