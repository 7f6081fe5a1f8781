import {
  CountryPageDocument,
  StrategyRowsDocument,
  type CountryPageQuery,
} from '../../graphql/generated/operations';
import { h } from '../dom';
import { execute } from '../graphql.client';
import type { WidgetLang } from '../i18n';
import { displayName, label, type ExplorerContext } from './explorer.context';
import { relationNote, sourceItem, type ExplorerSource } from './source.item';

type Country = NonNullable<CountryPageQuery['country']>;
type Group = Country['strategy'][number];

type RowKind = 'strategyItem' | 'sectors' | 'actions';

/** What a row cites: the relation's note and sources. */
interface Cited {
  note: string | null;
  sources: ExplorerSource[];
}

interface Row {
  kind: RowKind;
  entity: { id: string; nameJa: string; nameEn?: string | null };
  cited: Cited;
  /** The strategy item the row belongs to (for sectors and actions). */
  parent: string | null;
  /** First line that states it, for the document's order. */
  line: number;
}

/**
 * The planner's country page (`?view=country&code=IN`): the regions the documents place the
 * country in, then per strategy document and region a table of strategy items, priority sectors
 * and actions in the order the document states them, each row with its citation.
 */
export class CountryView {
  private sequence = 0;

  constructor(
    private readonly element: HTMLElement,
    private readonly context: ExplorerContext,
  ) {}

  async show(code: string): Promise<void> {
    const mine = ++this.sequence;
    const lang = this.context.lang();
    this.element.setAttribute('aria-busy', 'true');
    try {
      const data = await execute(this.context.endpoint, CountryPageDocument, { code });
      const country = data.country;
      const itemIds = [
        ...new Set(
          (country?.strategy ?? []).flatMap((g) => g.items.map((item) => item.item.entity.id)),
        ),
      ];
      const cited = itemIds.length > 0 ? await this.citations(itemIds) : new Map<string, Cited>();
      if (mine !== this.sequence) return;
      this.element.replaceChildren(
        ...(country
          ? this.render(country, cited, lang)
          : [h('p', { class: 'not-found' }, `${code}: ${label('noResults', lang)}`)]),
      );
    } catch (error) {
      this.context.report(error);
    } finally {
      if (mine === this.sequence) this.element.removeAttribute('aria-busy');
    }
  }

  /** Sources of the sectors and actions of these strategy items, by relation id. */
  private async citations(itemIds: string[]): Promise<Map<string, Cited>> {
    const data = await execute(this.context.endpoint, StrategyRowsDocument, { ids: itemIds });
    const cited = new Map<string, Cited>();
    for (const entity of data.entities) {
      if (!('prioritySectors' in entity)) continue;
      for (const link of [...entity.prioritySectors, ...entity.items]) {
        cited.set(link.relation.id, { note: link.relation.note, sources: link.relation.sources });
      }
    }
    return cited;
  }

  private render(country: Country, cited: Map<string, Cited>, lang: WidgetLang): HTMLElement[] {
    const entityLink = (entity: { id: string; nameJa: string; nameEn?: string | null }) =>
      h(
        'a',
        {
          href: `?entity=${encodeURIComponent(entity.id)}`,
          'data-entity-id': entity.id,
          onclick: (e: Event) => {
            e.preventDefault();
            this.context.navigate({
              view: 'entity',
              entity: entity.id,
              kinds: [],
              types: [],
              asOf: null,
            });
          },
        },
        displayName(entity, lang),
      );
    const citations = (sources: readonly ExplorerSource[], note: string | null | undefined) =>
      h(
        'td',
        { class: 'citation' },
        h(
          'ul',
          {},
          sources.map((source) => sourceItem(source, lang)),
        ),
        relationNote(note, lang),
      );
    const parts: HTMLElement[] = [
      h(
        'h2',
        { id: 'country-title', 'data-code': country.code },
        `${displayName(country, lang)} — ${label('countryPage', lang)}`,
      ),
      h('p', {}, entityLink(country)),
      h('h3', {}, label('regions', lang)),
      h(
        'table',
        { class: 'regions' },
        h(
          'tbody',
          {},
          country.regions.map((region) =>
            h(
              'tr',
              { 'data-entity-id': region.entity.id },
              h('th', { scope: 'row' }, entityLink(region.entity)),
              citations(region.relation.sources, region.relation.note),
            ),
          ),
        ),
      ),
    ];
    if (country.strategy.length === 0) parts.push(h('p', {}, label('noStrategy', lang)));
    for (const group of country.strategy) {
      const rows = this.rows(group, cited);
      const documentName = displayName(group.document, lang);
      parts.push(
        h(
          'h3',
          { class: 'strategy-heading' },
          group.region ? `${displayName(group.region, lang)} — ` : '',
          documentName,
          group.document.date ? ` (${group.document.date})` : '',
        ),
        h(
          'table',
          { class: 'strategy', 'data-document-id': group.document.id },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, label('kinds', lang)),
              h('th', { scope: 'col' }, label('strategyItem', lang)),
              h('th', { scope: 'col' }, label('citation', lang)),
            ),
          ),
          h(
            'tbody',
            {},
            rows.map((row) =>
              h(
                'tr',
                {
                  class: `row-${row.kind}`,
                  'data-kind': row.kind,
                  'data-entity-id': row.entity.id,
                  'data-line': row.line,
                },
                h('td', { class: 'row-kind' }, label(row.kind, lang)),
                h(
                  'td',
                  { class: 'row-name' },
                  entityLink(row.entity),
                  row.parent ? h('span', { class: 'row-parent' }, ` ← ${row.parent}`) : null,
                ),
                citations(row.cited.sources, row.cited.note),
              ),
            ),
          ),
        ),
      );
    }
    return parts;
  }

  /** The group's items, sectors and actions, in the order the document states them. */
  private rows(group: Group, cited: Map<string, Cited>): Row[] {
    const lang = this.context.lang();
    const line = (sources: readonly ExplorerSource[]): number => {
      const inDocument = sources.filter((s) => s.document.id === group.document.id);
      const lines = (inDocument.length > 0 ? inDocument : sources).map((s) => s.lineStart);
      return lines.length > 0 ? Math.min(...lines) : Number.MAX_SAFE_INTEGER;
    };
    const rows: Row[] = [];
    const row = (
      kind: RowKind,
      link: { entity: Row['entity']; relation: { id: string } },
      parent: string | null,
      own?: Cited,
    ): void => {
      const citation = own ?? cited.get(link.relation.id) ?? { note: null, sources: [] };
      rows.push({
        kind,
        entity: link.entity,
        cited: citation,
        parent,
        line: line(citation.sources),
      });
    };
    for (const item of group.items) {
      const parent = displayName(item.item.entity, lang);
      row('strategyItem', item.item, null, {
        note: item.item.relation.note,
        sources: item.item.relation.sources,
      });
      for (const sector of item.prioritySectors) row('sectors', sector, parent);
      for (const action of item.actions) row('actions', action, parent);
    }
    // Stable: rows stated on the same line keep item, sectors, actions order.
    return rows
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => a.entry.line - b.entry.line || a.index - b.index)
      .map(({ entry }) => entry);
  }
}
