import { h } from './dom';
import { text, type WidgetLang } from './i18n';

/** A source as every operation selects it (the document's English title is optional). */
export interface SourceLike {
  lineStart: number;
  lineEnd: number;
  quote: string;
  inferred?: boolean;
  document: { id: string; nameJa: string; nameEn?: string | null };
}

/** Document title, line span and quote of each source, and what an inferred one means, as a list. */
export function renderSources(
  heading: string,
  sources: readonly SourceLike[],
  lang: WidgetLang,
): HTMLElement {
  return h(
    'div',
    { class: 'sources' },
    h('strong', { class: 'sources-heading' }, heading),
    sources.length === 0
      ? h('p', {}, text('noSources', lang))
      : h(
          'ul',
          {},
          sources.map((source) =>
            h(
              'li',
              { class: 'source' },
              h(
                'span',
                { class: 'source-document' },
                (lang === 'en' ? source.document.nameEn : null) ?? source.document.nameJa,
              ),
              ' ',
              h(
                'span',
                { class: 'source-lines' },
                source.lineStart === source.lineEnd
                  ? `${text('lines', lang)} ${source.lineStart}`
                  : `${text('lines', lang)} ${source.lineStart}–${source.lineEnd}`,
              ),
              // What inferred means, beside the word, wherever the widget shows a source.
              source.inferred
                ? h(
                    'span',
                    { class: 'inferred' },
                    ` (${text('inferred', lang)}: ${text('inferredMeans', lang)})`,
                  )
                : null,
              h('blockquote', { class: 'source-quote', lang: 'ja' }, source.quote),
            ),
          ),
        ),
  );
}
