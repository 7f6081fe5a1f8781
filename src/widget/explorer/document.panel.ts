import { DocumentLinesDocument } from '../../graphql/generated/operations';
import { h } from '../dom';
import { execute } from '../graphql.client';
import { label, type ExplorerContext } from './explorer.context';

/** Lines shown around a quote, so the reader sees it in context. */
const CONTEXT_LINES = 3;

/** A link that opens the document panel on a line span; it also works as a bookmark. */
export function sourceHref(documentId: string, from: number, to: number): string {
  return `#source=${encodeURIComponent(documentId)}:${from}-${to}`;
}

function parseSourceHash(hash: string): { id: string; from: number; to: number } | null {
  const match = /^#source=([^:]+):(\d+)-(\d+)$/.exec(hash);
  if (!match) return null;
  return { id: decodeURIComponent(match[1]), from: Number(match[2]), to: Number(match[3]) };
}

/**
 * The document panel: the source lines of a quote (DocumentLines), the quoted span marked, opened
 * by any `#source=<document>:<from>-<to>` link on the page.
 */
export function mountDocumentPanel(panel: HTMLElement, context: ExplorerContext): void {
  const open = async (hash: string): Promise<void> => {
    const target = parseSourceHash(hash);
    if (!target) {
      panel.hidden = true;
      return;
    }
    try {
      const data = await execute(context.endpoint, DocumentLinesDocument, {
        id: target.id,
        from: Math.max(1, target.from - CONTEXT_LINES),
        to: target.to + CONTEXT_LINES,
      });
      const document = data.entity;
      const lines = document && 'lines' in document ? document.lines : [];
      const lang = context.lang();
      panel.replaceChildren(
        h(
          'div',
          { class: 'document-header' },
          h('h2', { id: 'document-title' }, document?.nameJa ?? target.id),
          h(
            'button',
            {
              type: 'button',
              class: 'close',
              onclick: () => {
                history.replaceState(null, '', location.pathname + location.search);
                panel.hidden = true;
              },
            },
            label('close', lang),
          ),
        ),
        h('p', { class: 'document-span' }, label('linesOf', lang, target)),
        h(
          'ol',
          { class: 'lines', lang: 'ja' },
          lines.map((line) => {
            const quoted = line.number >= target.from && line.number <= target.to;
            return h(
              'li',
              { value: line.number, class: quoted ? 'quoted' : '' },
              quoted ? h('mark', {}, line.text) : line.text,
            );
          }),
        ),
      );
      panel.hidden = false;
      panel.focus();
    } catch (error) {
      context.report(error);
    }
  };
  window.addEventListener('hashchange', () => void open(location.hash));
  if (location.hash) void open(location.hash);
}
