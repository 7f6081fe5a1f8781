import { h } from '../dom';
import { kindName, relationName } from '../i18n';
import type { Subgraph } from '../subgraph.model';
import { label, type ExplorerContext } from './explorer.context';
import type { ExplorerView } from './router';

type EntityView = Extract<ExplorerView, { view: 'entity' }>;

/**
 * Filter chips for the entity view: kinds and relation types seen around the centre (a pressed
 * chip keeps only what is pressed), and an as-of date. Each change is a new view (URL, history).
 */
export class FiltersBar {
  private seenKinds = new Set<string>();
  private seenTypes = new Set<string>();
  private entity = '';
  private current: EntityView | null = null;

  constructor(
    private readonly element: HTMLElement,
    private readonly context: ExplorerContext,
  ) {}

  /** Called after each load: remembers what the centre's unfiltered view contains. */
  update(view: EntityView, subgraph: Subgraph): void {
    if (view.entity !== this.entity) {
      this.entity = view.entity;
      this.seenKinds = new Set();
      this.seenTypes = new Set();
    }
    this.current = view;
    for (const node of subgraph.nodes) this.seenKinds.add(node.kind);
    for (const edge of subgraph.edges) this.seenTypes.add(edge.type);
    for (const kind of view.kinds) this.seenKinds.add(kind);
    for (const type of view.types) this.seenTypes.add(type);
    this.render();
  }

  hide(): void {
    this.element.hidden = true;
  }

  render(): void {
    const view = this.current;
    if (!view) return;
    const lang = this.context.lang();
    const toggle = (list: readonly string[], value: string): string[] =>
      list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort();
    const chip = (text: string, pressed: boolean, data: Record<string, string>, next: EntityView) =>
      h(
        'button',
        {
          type: 'button',
          class: 'chip',
          'aria-pressed': String(pressed),
          ...data,
          onclick: () => this.context.navigate(next),
        },
        text,
      );
    const asOf = h('input', {
      type: 'date',
      id: 'filter-as-of',
      value: view.asOf ?? '',
      onchange: (e: Event) => {
        const value = (e.target as HTMLInputElement).value;
        this.context.navigate({ ...view, asOf: value || null });
      },
    });
    this.element.replaceChildren(
      h(
        'div',
        { class: 'chips', role: 'group', 'aria-label': label('kinds', lang) },
        h('span', { class: 'chips-label' }, `${label('kinds', lang)}:`),
        [...this.seenKinds]
          .sort()
          .map((kind) =>
            chip(
              kindName(kind as Subgraph['nodes'][number]['kind'], lang),
              view.kinds.includes(kind),
              { 'data-kind': kind },
              { ...view, kinds: toggle(view.kinds, kind) },
            ),
          ),
      ),
      h(
        'div',
        { class: 'chips', role: 'group', 'aria-label': label('types', lang) },
        h('span', { class: 'chips-label' }, `${label('types', lang)}:`),
        [...this.seenTypes]
          .sort()
          .map((type) =>
            chip(
              relationName(type, type.toLowerCase().replace(/_/g, ' '), lang),
              view.types.includes(type),
              { 'data-type': type },
              { ...view, types: toggle(view.types, type) },
            ),
          ),
      ),
      h(
        'div',
        { class: 'as-of' },
        h('label', { for: 'filter-as-of' }, `${label('asOf', lang)}: `),
        asOf,
        view.kinds.length + view.types.length > 0 || view.asOf
          ? h(
              'button',
              {
                type: 'button',
                class: 'clear-filters',
                onclick: () => this.context.navigate({ ...view, kinds: [], types: [], asOf: null }),
              },
              label('clear', lang),
            )
          : null,
      ),
    );
    this.element.hidden = false;
  }
}
