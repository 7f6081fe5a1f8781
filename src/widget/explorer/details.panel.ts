import { EntityDetailsDocument, type EntityDetailsQuery } from '../../graphql/generated/operations';
import { h } from '../dom';
import { execute } from '../graphql.client';
import { kindName, relationName } from '../i18n';
import { displayName, label, type ExplorerContext } from './explorer.context';
import { countryCode } from './router';
import { relationNote, sourceItem } from './source.item';

type Entity = NonNullable<EntityDetailsQuery['entity']>;
type RelationEdge = Entity['relations']['edges'][number];

const PAGE_SIZE = 20;

export interface DetailsActions {
  pathFrom(entity: { id: string; name: string }): void;
  pathTo(entity: { id: string; name: string }): void;
  /** Adds the entity to the "what do these share" selection. */
  share(entity: { id: string; name: string }): void;
}

/**
 * The side panel: the selected entity's names, kind, dates, sources (each with a link to its
 * lines) and relations a page at a time (EntityDetails).
 */
export class DetailsPanel {
  private current: string | null = null;
  private sequence = 0;

  constructor(
    private readonly element: HTMLElement,
    private readonly context: ExplorerContext,
    private readonly actions: DetailsActions,
  ) {}

  get entityId(): string | null {
    return this.current;
  }

  async show(id: string): Promise<void> {
    this.current = id;
    const mine = ++this.sequence;
    this.element.setAttribute('aria-busy', 'true');
    try {
      const data = await execute(this.context.endpoint, EntityDetailsDocument, {
        id,
        first: PAGE_SIZE,
      });
      if (mine !== this.sequence) return;
      this.element.replaceChildren(...(data.entity ? this.render(data.entity) : []));
    } catch (error) {
      this.context.report(error);
    } finally {
      if (mine === this.sequence) this.element.removeAttribute('aria-busy');
    }
  }

  private render(entity: Entity): Node[] {
    const lang = this.context.lang();
    const name = displayName(entity, lang);
    const other = lang === 'en' ? entity.nameJa : entity.nameEn;
    const relationList = h('ul', { class: 'relations' });
    this.appendRelations(relationList, entity.id, entity.relations);
    const parts: Array<HTMLElement | null> = [
      h('h2', { id: 'details-name', 'data-entity-id': entity.id }, name),
      other ? h('p', { class: 'other-name' }, other) : null,
      h(
        'p',
        { class: 'kind' },
        kindName(entity.kind, lang),
        entity.subtype ? ` · ${entity.subtype}` : '',
        entity.date ? ` · ${label('date', lang)}: ${entity.date}` : '',
      ),
      entity.aliases.length > 0
        ? h('p', { class: 'aliases' }, `${label('aliases', lang)}: ${entity.aliases.join('、')}`)
        : null,
      entity.description ? h('p', { class: 'description' }, entity.description) : null,
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'path-from',
            onclick: () => this.actions.pathFrom({ id: entity.id, name }),
          },
          label('pathFrom', lang),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'path-to',
            onclick: () => this.actions.pathTo({ id: entity.id, name }),
          },
          label('pathTo', lang),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'centre',
            onclick: () => this.centre(entity.id),
          },
          label('centre', lang),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'share',
            onclick: () => this.actions.share({ id: entity.id, name }),
          },
          label('shareWith', lang),
        ),
        entity.kind === 'COUNTRY' && countryCode(entity.id)
          ? h(
              'a',
              {
                class: 'country-page',
                href: `?view=country&code=${countryCode(entity.id)}`,
                onclick: (e: Event) => {
                  e.preventDefault();
                  this.context.navigate({ view: 'country', code: countryCode(entity.id)! });
                },
              },
              label('countryPage', lang),
            )
          : null,
      ),
      h('h3', {}, label('sources', lang)),
      h(
        'ul',
        { class: 'entity-sources' },
        entity.sources.map((source) => sourceItem(source, lang)),
      ),
      h('h3', {}, `${label('relations', lang)} (${entity.relations.totalCount})`),
      relationList,
    ];
    return parts.filter((node): node is HTMLElement => node !== null);
  }

  private appendRelations(list: HTMLUListElement, id: string, page: Entity['relations']): void {
    const lang = this.context.lang();
    list.querySelector('.more')?.remove();
    list.append(...page.edges.map((edge) => this.relationItem(edge)));
    if (page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
      const after = page.pageInfo.endCursor;
      const more = h(
        'li',
        { class: 'more' },
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              void execute(this.context.endpoint, EntityDetailsDocument, {
                id,
                first: PAGE_SIZE,
                after,
              }).then(
                (data) => data.entity && this.appendRelations(list, id, data.entity.relations),
                (error: unknown) => this.context.report(error),
              );
            },
          },
          label('more', lang),
        ),
      );
      list.append(more);
    }
  }

  private relationItem({ node: relation }: RelationEdge): HTMLElement {
    const lang = this.context.lang();
    const end = (entity: { id: string; nameJa: string; nameEn: string | null }) =>
      h(
        'a',
        {
          href: `?entity=${encodeURIComponent(entity.id)}`,
          onclick: (e: Event) => {
            e.preventDefault();
            this.centre(entity.id);
          },
        },
        displayName(entity, lang),
      );
    const apiLabel = relation.type.toLowerCase().replace(/_/g, ' ');
    return h(
      'li',
      { class: 'relation', 'data-relation-id': relation.id },
      end(relation.from),
      ` → ${relationName(relation.type, apiLabel, lang)}${relation.capacity ? ` (${relation.capacity})` : ''} → `,
      end(relation.to),
      relationNote(relation.note, lang),
      h(
        'ul',
        { class: 'relation-sources' },
        relation.sources.map((source) => sourceItem(source, lang)),
      ),
    );
  }

  /** Re-centres the graph as a new view (the panel follows when it loads). */
  private centre(id: string): void {
    this.context.navigate({ view: 'entity', entity: id, kinds: [], types: [], asOf: null });
  }
}
