import { SharedDocument, type SharedQuery } from '../../graphql/generated/operations';
import { h } from '../dom';
import { execute } from '../graphql.client';
import { kindName, relationName } from '../i18n';
import { displayName, label, type ExplorerContext } from './explorer.context';
import { relationNote, sourceItem } from './source.item';

type Shared = SharedQuery['shared'][number];

const FIRST = 100;

/**
 * "What do these share" (`?view=shared&ids=a,b`): every entity linked to all the chosen ones,
 * grouped by kind, each with the relations that link it to each chosen entity and their sources.
 */
export class SharedView {
  private sequence = 0;

  constructor(
    private readonly element: HTMLElement,
    private readonly context: ExplorerContext,
  ) {}

  async show(ids: readonly string[]): Promise<void> {
    const mine = ++this.sequence;
    this.element.setAttribute('aria-busy', 'true');
    try {
      const data = await execute(this.context.endpoint, SharedDocument, {
        ids: [...ids],
        first: FIRST,
      });
      if (mine !== this.sequence) return;
      this.element.replaceChildren(...this.render(data));
    } catch (error) {
      this.context.report(error);
    } finally {
      if (mine === this.sequence) this.element.removeAttribute('aria-busy');
    }
  }

  private render(data: SharedQuery): HTMLElement[] {
    const lang = this.context.lang();
    const names = data.entities.map((entity) => displayName(entity, lang));
    const byKind = new Map<string, Shared[]>();
    for (const shared of data.shared) {
      byKind.set(shared.entity.kind, [...(byKind.get(shared.entity.kind) ?? []), shared]);
    }
    const nameOf = (entity: { id: string; nameJa: string; nameEn?: string | null }) =>
      displayName(entity, lang);
    return [
      h(
        'h2',
        { id: 'shared-title' },
        label('sharedTitle', lang, { names: names.join(lang === 'ja' ? '・' : ' and ') }),
      ),
      data.shared.length === 0 ? h('p', { class: 'no-shared' }, label('noShared', lang)) : null,
      ...[...byKind.entries()].map(([kind, items]) =>
        h(
          'section',
          { class: 'shared-kind', 'data-kind': kind },
          h('h3', {}, `${kindName(items[0].entity.kind, lang)} (${items.length})`),
          h(
            'ul',
            { class: 'shared-list' },
            items.map((shared) =>
              h(
                'li',
                { class: 'shared-entity', 'data-entity-id': shared.entity.id },
                h(
                  'a',
                  {
                    href: `?entity=${encodeURIComponent(shared.entity.id)}`,
                    onclick: (e: Event) => {
                      e.preventDefault();
                      this.context.navigate({
                        view: 'entity',
                        entity: shared.entity.id,
                        kinds: [],
                        types: [],
                        asOf: null,
                      });
                    },
                  },
                  nameOf(shared.entity),
                ),
                h(
                  'ul',
                  { class: 'shared-relations' },
                  shared.relations.map((relation) =>
                    h(
                      'li',
                      { 'data-relation-id': relation.id },
                      `${nameOf(relation.from)} → ${relationName(relation.type, relation.type.toLowerCase().replace(/_/g, ' '), lang)}${relation.capacity ? ` (${relation.capacity})` : ''} → ${nameOf(relation.to)}`,
                      relationNote(relation.note, lang),
                      h(
                        'ul',
                        { class: 'relation-sources' },
                        relation.sources.map((source) => sourceItem(source, lang)),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    ].filter((node): node is HTMLElement => node !== null);
  }
}
