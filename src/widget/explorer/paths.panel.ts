import { PathGraphDocument, type PathGraphQuery } from '../../graphql/generated/operations';
import { h } from '../dom';
import { execute } from '../graphql.client';
import { relationName } from '../i18n';
import type { Subgraph } from '../subgraph.model';
import { displayName, label, type ExplorerContext } from './explorer.context';
import { mountSearchBox } from './search.box';
import { relationNote, sourceItem } from './source.item';

type Path = PathGraphQuery['paths'][number];

const MAX_HOPS = 4;
/** Paths shown first, and the candidates they are picked from. */
const FIRST_PATHS = 5;
const CANDIDATES = 12;
/** "More paths" asks for up to this many (the API allows 20). */
const MORE_PATHS = 20;

interface End {
  id: string;
  name: string;
}

/**
 * How much a path tells a reader, lower first. Between two countries almost everything meets at
 * a few hubs (a region, a document, a large framework); a meeting both attended or a framework
 * both signed says more. Shorter paths first; among equals, meetings and frameworks in the
 * middle before regions, organizations and documents, "mentioned in" last.
 */
export function pathScore(path: Pick<Path, 'length' | 'nodes' | 'relations'>): number {
  const middle = path.nodes.slice(1, -1);
  const weight: Partial<Record<Path['nodes'][number]['kind'], number>> = {
    MEETING: -3,
    FRAMEWORK: -2,
    STATEMENT: -2,
    ACTION_PLAN: -1,
    STRATEGY_ITEM: -1,
    PERSON: -1,
    REGION: 2,
    ORGANIZATION: 1,
    DOCUMENT: 4,
  };
  const nodes = middle.reduce((sum, node) => sum + (weight[node.kind] ?? 0), 0);
  const generic = path.relations.filter((r) => r.type === 'MENTIONED_IN').length * 4;
  return path.length * 100 + nodes + generic;
}

/** Paths in the order readers want them (stable: the API's order breaks ties). */
export function rankPaths<T extends Pick<Path, 'length' | 'nodes' | 'relations'>>(paths: T[]): T[] {
  return paths
    .map((path, index) => ({ path, index, score: pathScore(path) }))
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map(({ path }) => path);
}

/**
 * Paths between two entities, chosen with search boxes beside the graph: each path with its
 * explanation and, hop by hop, the relation and the sources that state it. The first is drawn
 * on the graph; "more paths" asks for more.
 */
export class PathsPanel {
  private from: End | null = null;
  private to: End | null = null;

  constructor(
    private readonly parts: {
      fromInput: HTMLInputElement;
      fromList: HTMLUListElement;
      toInput: HTMLInputElement;
      toList: HTMLUListElement;
      find: HTMLButtonElement;
      results: HTMLOListElement;
    },
    private readonly context: ExplorerContext,
  ) {
    mountSearchBox(parts.fromInput, parts.fromList, context, (hit) => this.setFrom(hit), 'from');
    mountSearchBox(parts.toInput, parts.toList, context, (hit) => this.setTo(hit), 'to');
    parts.find.addEventListener('click', () => {
      if (this.from && this.to) {
        context.navigate({ view: 'path', from: this.from.id, to: this.to.id, more: false });
      }
    });
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
    this.parts.fromInput.value = this.from?.name ?? '';
    this.parts.toInput.value = this.to?.name ?? '';
    this.parts.find.disabled = !this.from || !this.to;
  }

  clear(): void {
    this.parts.results.replaceChildren();
  }

  /** Shows the paths of a path view (from its URL or the Find button). */
  async show(from: string, to: string, more: boolean): Promise<void> {
    const lang = this.context.lang();
    this.parts.results.setAttribute('aria-busy', 'true');
    try {
      const data = await execute(this.context.endpoint, PathGraphDocument, {
        from,
        to,
        maxHops: MAX_HOPS,
        first: more ? MORE_PATHS : CANDIDATES,
        lang: lang === 'en' ? 'EN' : 'JA',
      });
      const ranked = rankPaths(data.paths);
      const shown = more ? ranked : ranked.slice(0, FIRST_PATHS);
      const first = ranked[0];
      if (first) {
        const name = (node: Path['nodes'][number]) => displayName(node, lang);
        this.setFrom({ id: from, name: name(first.nodes[0]) });
        this.setTo({ id: to, name: name(first.nodes[first.nodes.length - 1]) });
      } else {
        this.from ??= { id: from, name: from };
        this.to ??= { id: to, name: to };
        this.renderEnds();
      }
      this.parts.results.replaceChildren(
        ...(shown.length === 0
          ? [h('li', { class: 'no-path' }, label('noPaths', lang))]
          : shown.map((path, index) => this.pathItem(path, index))),
        ...(!more && ranked.length > FIRST_PATHS
          ? [
              h(
                'li',
                { class: 'more-paths' },
                h(
                  'button',
                  {
                    type: 'button',
                    onclick: () => this.context.navigate({ view: 'path', from, to, more: true }),
                  },
                  label('morePaths', lang),
                ),
              ),
            ]
          : []),
      );
      if (first) this.context.graph.showPath(toSubgraph(first));
    } catch (error) {
      this.context.report(error);
    } finally {
      this.parts.results.removeAttribute('aria-busy');
    }
  }

  private pathItem(path: Path, index: number): HTMLElement {
    const lang = this.context.lang();
    const names = new Map(path.nodes.map((node) => [node.id, displayName(node, lang)]));
    return h(
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
      h(
        'ol',
        { class: 'hops' },
        path.relations.map((relation) =>
          h(
            'li',
            { class: 'hop', 'data-relation-id': relation.id },
            h(
              'span',
              { class: 'hop-text' },
              `${names.get(relation.from.id) ?? relation.from.id} → ${relationName(relation.type, relation.type.toLowerCase().replace(/_/g, ' '), lang)} → ${names.get(relation.to.id) ?? relation.to.id}`,
            ),
            relationNote(relation.note, lang),
            h(
              'ul',
              { class: 'hop-sources' },
              relation.sources.map((source) => sourceItem(source, lang)),
            ),
          ),
        ),
      ),
    );
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
