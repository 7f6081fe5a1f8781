import { PathGraphDocument, type PathGraphQuery } from '../../graphql/generated/operations';
import { h } from '../dom';
import { execute } from '../graphql.client';
import type { Subgraph } from '../subgraph.model';
import { label, type ExplorerContext } from './explorer.context';

type Path = PathGraphQuery['paths'][number];

const MAX_HOPS = 4;
const MAX_PATHS = 5;

interface End {
  id: string;
  name: string;
}

/**
 * Paths between two chosen entities: each with its explanation sentences; the first is drawn on
 * the graph at once, the others on request.
 */
export class PathsPanel {
  private from: End | null = null;
  private to: End | null = null;

  constructor(
    private readonly parts: {
      from: HTMLElement;
      to: HTMLElement;
      find: HTMLButtonElement;
      results: HTMLOListElement;
    },
    private readonly context: ExplorerContext,
  ) {
    parts.find.addEventListener('click', () => void this.find());
    this.renderEnds();
  }

  setFrom(end: End): void {
    this.from = end;
    this.renderEnds();
  }

  setTo(end: End): void {
    this.to = end;
    this.renderEnds();
  }

  renderEnds(): void {
    const lang = this.context.lang();
    this.parts.from.textContent = this.from?.name ?? label('choose', lang);
    this.parts.to.textContent = this.to?.name ?? label('choose', lang);
    this.parts.find.disabled = !this.from || !this.to;
  }

  async find(): Promise<void> {
    if (!this.from || !this.to) return;
    const lang = this.context.lang();
    this.parts.results.setAttribute('aria-busy', 'true');
    try {
      const data = await execute(this.context.endpoint, PathGraphDocument, {
        from: this.from.id,
        to: this.to.id,
        maxHops: MAX_HOPS,
        first: MAX_PATHS,
        lang: lang === 'en' ? 'EN' : 'JA',
      });
      this.parts.results.replaceChildren(
        ...(data.paths.length === 0
          ? [h('li', { class: 'no-path' }, label('noPaths', lang))]
          : data.paths.map((path, index) =>
              h(
                'li',
                { class: 'path', 'data-index': index },
                h('p', { class: 'explanation' }, path.explanation),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'draw-path',
                    onclick: () => this.context.graph.showPath(toSubgraph(path)),
                  },
                  `${label('showPath', lang)} (${path.length} ${label('hops', lang)})`,
                ),
              ),
            )),
      );
      if (data.paths[0]) this.context.graph.showPath(toSubgraph(data.paths[0]));
    } catch (error) {
      this.context.report(error);
    } finally {
      this.parts.results.removeAttribute('aria-busy');
    }
  }
}

/**
 * A path in the widget's Subgraph shape. The edge label follows the API's GraphEdge.label rule
 * (type in lower case, with the capacity or title in brackets).
 */
export function toSubgraph(path: Path): Subgraph {
  return {
    nodes: path.nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      label: node.nameJa,
      labelEn: node.nameEn,
    })),
    edges: path.relations.map((relation) => {
      const base = relation.type.toLowerCase().replace(/_/g, ' ');
      const detail = relation.capacity ?? relation.title;
      return {
        id: relation.id,
        type: relation.type,
        source: relation.from.id,
        target: relation.to.id,
        label: detail ? `${base} (${detail})` : base,
        sources: relation.sources,
      };
    }),
    truncated: false,
  };
}
