import { csvEdges, csvNodes } from './csv';
import type { ExportView } from './export-view';
import { graphml } from './graphml';
import { jsonLd } from './jsonld';
import { neo4jNodes, neo4jRelationships } from './neo4j-csv';
import { turtle } from './turtle';

export interface WriteOptions {
  /** URL of the published JSON-LD context; null puts the context inline. */
  contextUrl: string | null;
}

export interface ExportFormat {
  /** File name suffix after `kizuna-<version>`. */
  fileSuffix: string;
  contentType: string;
  write(view: ExportView, options: WriteOptions): Iterable<string>;
}

/** Every format served at GET /export/<name> and written by `npm run export -- --format <name>`. */
export const EXPORT_FORMATS = {
  graphml: {
    fileSuffix: '.graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    write: (view) => graphml(view),
  },
  'csv-nodes': {
    fileSuffix: '-nodes.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    write: (view) => csvNodes(view),
  },
  'csv-edges': {
    fileSuffix: '-edges.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    write: (view) => csvEdges(view),
  },
  'neo4j-nodes': {
    fileSuffix: '-neo4j-nodes.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    write: (view) => neo4jNodes(view),
  },
  'neo4j-relationships': {
    fileSuffix: '-neo4j-relationships.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    write: (view) => neo4jRelationships(view),
  },
  jsonld: {
    fileSuffix: '.jsonld',
    contentType: 'application/ld+json; charset=utf-8',
    write: (view, options) => jsonLd(view, options.contextUrl),
  },
  turtle: {
    fileSuffix: '.ttl',
    contentType: 'text/turtle; charset=utf-8',
    write: (view) => turtle(view),
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormatName[];

/** Formats that come as a pair of files; the command line writes both into a directory. */
export const FORMAT_BUNDLES: Record<string, ExportFormatName[]> = {
  csv: ['csv-nodes', 'csv-edges'],
  neo4j: ['neo4j-nodes', 'neo4j-relationships'],
};

export function isExportFormat(name: string): name is ExportFormatName {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, name);
}

export function exportFileName(view: ExportView, format: ExportFormatName): string {
  const version = view.version ? `-${view.version.version}` : '';
  const scope =
    view.spec.kind === 'graph'
      ? ''
      : view.spec.kind === 'neighborhood'
        ? `-${view.spec.centre}`
        : `-${view.spec.from}-to-${view.spec.to}`;
  return `kizuna${version}${scope}${EXPORT_FORMATS[format].fileSuffix}`;
}
