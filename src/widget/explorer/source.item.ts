import { h } from '../dom';
import type { WidgetLang } from '../i18n';
import { documentFacts } from './document.catalogue';
import { sourceHref } from './document.panel';
import { label } from './explorer.context';

/** A source as any explorer operation selects it; issuer and date from the catalogue if absent. */
export interface ExplorerSource {
  lineStart: number;
  lineEnd: number;
  quote: string;
  inferred?: boolean;
  note?: string | null;
  document: {
    id: string;
    nameJa: string;
    nameEn?: string | null;
    issuer?: string;
    issuerEn?: string;
    date?: string | null;
  };
}

/**
 * One citation: the document's title, issuer and date, the line span (a link that opens the
 * lines), the exact quote, and, when the fact is inferred, what that means and the curator's note.
 * Every list of citations outside the document panel (relations, country rows, path hops, shared
 * view) is made of these.
 */
export function sourceItem(source: ExplorerSource, lang: WidgetLang): HTMLElement {
  const { document } = source;
  const facts = documentFacts(document.id);
  const title = (lang === 'en' ? document.nameEn : null) ?? document.nameJa;
  const issuer =
    (lang === 'en' ? (document.issuerEn ?? facts?.issuerEn) : null) ??
    document.issuer ??
    facts?.issuer;
  const date = document.date ?? facts?.date;
  const meta = [issuer, date].filter((part) => part).join(', ');
  return h(
    'li',
    { class: 'source' },
    h('span', { class: 'source-document' }, title),
    meta ? h('span', { class: 'source-meta' }, ` (${meta})`) : null,
    ' ',
    h(
      'a',
      {
        class: 'source-link',
        href: sourceHref(document.id, source.lineStart, source.lineEnd, source.quote),
        title: label('openLines', lang),
      },
      label('linesOf', lang, { from: source.lineStart, to: source.lineEnd }),
    ),
    h('blockquote', { class: 'source-quote', lang: 'ja' }, source.quote),
    source.inferred
      ? h(
          'p',
          { class: 'source-inferred' },
          h('strong', {}, label('inferred', lang)),
          ` — ${label('inferredMeans', lang)}`,
        )
      : null,
    source.note ? h('p', { class: 'source-note' }, `${label('note', lang)}: ${source.note}`) : null,
  );
}

/** A relation's curator note (e.g. where documents disagree), when there is one. */
export function relationNote(
  note: string | null | undefined,
  lang: WidgetLang,
): HTMLElement | null {
  return note
    ? h('p', { class: 'relation-note' }, `${label('relationNote', lang)}: ${note}`)
    : null;
}
