import { h } from '../dom';
import { label, type ExplorerContext } from './explorer.context';
import type { ExplorerView } from './router';

/**
 * The formats GET /export/<format> serves (src/export/formats.ts; the widget may not import
 * server code, so test/unit/explorer-downloads.test.ts keeps the two lists equal).
 */
export const EXPORT_DOWNLOADS = [
  { format: 'graphml', label: 'GraphML' },
  { format: 'csv-nodes', label: 'CSV (nodes)' },
  { format: 'csv-edges', label: 'CSV (edges)' },
  { format: 'neo4j-nodes', label: 'Neo4j nodes' },
  { format: 'neo4j-relationships', label: 'Neo4j relationships' },
  { format: 'jsonld', label: 'JSON-LD' },
  { format: 'turtle', label: 'Turtle' },
] as const;

/**
 * The /export query string of a view: a neighbourhood (centre, the widget's depth, relation
 * types, a full as-of date) or paths (from, to, as many as listed). Kinds have no export
 * parameter: a kinds-filtered view downloads its centre's whole neighbourhood. Null for views
 * without an export (country page, shared view, home).
 */
export function exportQuery(view: ExplorerView, depth: number): string | null {
  const params = new URLSearchParams();
  if (view.view === 'entity') {
    params.set('centre', view.entity);
    params.set('depth', String(depth));
    if (view.types.length > 0) params.set('relationTypes', view.types.join(','));
    if (view.asOf && /^\d{4}-\d{2}-\d{2}$/.test(view.asOf)) params.set('asOf', view.asOf);
  } else if (view.view === 'path') {
    params.set('from', view.from);
    params.set('to', view.to);
    params.set('first', view.more ? '20' : '5');
  } else {
    return null;
  }
  return params.toString();
}

/** "Download: GraphML · CSV (nodes) · …" for the view on screen, below the graph. */
export class DownloadsBar {
  constructor(
    private readonly root: HTMLElement,
    private readonly context: ExplorerContext,
  ) {}

  update(view: ExplorerView): void {
    const depth = Number(this.context.graph.getAttribute('depth') ?? '1') || 1;
    const query = exportQuery(view, depth);
    this.root.hidden = query === null;
    if (query === null) {
      this.root.replaceChildren();
      return;
    }
    const lang = this.context.lang();
    const links = EXPORT_DOWNLOADS.map(({ format, label: name }) =>
      h(
        'a',
        {
          class: 'download',
          'data-format': format,
          href: `/export/${format}?${query}`,
          download: '',
        },
        name,
      ),
    );
    this.root.replaceChildren(
      `${label('download', lang)}: `,
      ...links.flatMap((link, index) => (index === 0 ? [link] : [' · ', link])),
    );
  }
}
