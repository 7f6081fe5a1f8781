import { GraphqlRequestError } from '../graphql.client';
import { parseLang, type WidgetLang } from '../i18n';
import type {
  KizunaGraphElement,
  KizunaLoadDetail,
  KizunaSelectDetail,
} from '../kizuna-graph.element';
import { CountryView } from './country.view';
import { DetailsPanel } from './details.panel';
import { loadDocumentCatalogue } from './document.catalogue';
import { DownloadsBar } from './downloads.bar';
import { mountDocumentPanel } from './document.panel';
import { label, type ExplorerContext } from './explorer.context';
import { FiltersBar } from './filters.bar';
import { PathsPanel } from './paths.panel';
import { parseView, viewSearch, type ExplorerView } from './router';
import { mountSearchBox } from './search.box';
import { SharedView } from './shared.view';

/**
 * The explorer at `/`: search → widget → side panel, paths beside the graph, country pages,
 * shared views and source lines. Every view has a URL (router.ts); moving between views pushes
 * history, so Back and Forward work and any view reloads from its URL. Loaded after the widget
 * bundle, whose element it drives through attributes, methods and events only.
 */
function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the explorer page lacks #${id}`);
  return element as T;
}

function start(): void {
  const graph = byId<KizunaGraphElement>('graph');
  const errors = byId<HTMLElement>('errors');
  const graphView = byId<HTMLElement>('graph-view');
  const countrySection = byId<HTMLElement>('country-view');
  const sharedSection = byId<HTMLElement>('shared-view');
  const shareBar = byId<HTMLElement>('share-bar');
  let lang: WidgetLang = parseLang(new URLSearchParams(location.search).get('lang'));
  let current: ExplorerView = parseView(location.search);
  /** Entities picked for "what do these share". */
  const sharePick: Array<{ id: string; name: string }> = [];

  const context: ExplorerContext = {
    endpoint: new URL('/graphql', location.href).href,
    graph,
    lang: () => lang,
    navigate: (view) => navigate(view),
    report: (error) => {
      errors.textContent =
        error instanceof GraphqlRequestError
          ? `${error.code}: ${error.message}`
          : error instanceof Error
            ? error.message
            : String(error);
      errors.hidden = false;
    },
  };

  const paths = new PathsPanel(
    {
      fromInput: byId('path-from'),
      fromList: byId('path-from-suggestions'),
      toInput: byId('path-to'),
      toList: byId('path-to-suggestions'),
      find: byId('path-find'),
      results: byId('path-results'),
    },
    context,
  );
  const renderShareBar = (): void => {
    shareBar.hidden = sharePick.length === 0;
    shareBar.replaceChildren(
      document.createTextNode(`${label('shareWith', lang)}: `),
      ...sharePick.map((end) => {
        const item = document.createElement('span');
        item.className = 'share-pick';
        item.dataset.entityId = end.id;
        item.textContent = end.name;
        return item;
      }),
    );
    if (sharePick.length >= 2) {
      const go = document.createElement('button');
      go.type = 'button';
      go.id = 'share-go';
      go.textContent = label('shareWith', lang);
      go.addEventListener('click', () =>
        navigate({ view: 'shared', ids: sharePick.map((end) => end.id) }),
      );
      shareBar.append(' ', go);
    }
  };
  const details = new DetailsPanel(byId('details'), context, {
    pathFrom: (end) => paths.setFrom(end),
    pathTo: (end) => paths.setTo(end),
    share: (end) => {
      if (!sharePick.some((picked) => picked.id === end.id)) sharePick.push(end);
      renderShareBar();
    },
  });
  const filters = new FiltersBar(byId('filters'), context);
  const downloads = new DownloadsBar(byId('downloads'), context);
  const country = new CountryView(countrySection, context);
  const shared = new SharedView(sharedSection, context);

  /** Shows a view without touching history (Back/Forward and the first load come here). */
  const show = (view: ExplorerView): void => {
    current = view;
    errors.hidden = true;
    graphView.hidden = view.view === 'country' || view.view === 'shared';
    countrySection.hidden = view.view !== 'country';
    sharedSection.hidden = view.view !== 'shared';
    if (view.view !== 'entity') filters.hide();
    if (view.view !== 'path') paths.clear();
    downloads.update(view);
    switch (view.view) {
      case 'entity': {
        const attributes: Record<string, string> = {
          kinds: view.kinds.join(','),
          'relation-types': view.types.join(','),
          'as-of': view.asOf ?? '',
          entity: view.entity,
        };
        for (const [name, value] of Object.entries(attributes)) {
          if (value) graph.setAttribute(name, value);
          else graph.removeAttribute(name);
        }
        void details.show(view.entity);
        break;
      }
      case 'path': {
        // The path is drawn over the start's view, so the start must have loaded first.
        const reloading =
          graph.getAttribute('entity') !== view.from ||
          ['kinds', 'relation-types', 'as-of'].some((name) => graph.hasAttribute(name));
        const draw = () => void paths.show(view.from, view.to, view.more);
        if (reloading) {
          const once = (event: Event): void => {
            const detail = (event as CustomEvent<KizunaLoadDetail>).detail;
            if (event.type === 'kizuna-load' && detail.reason !== 'load') return;
            graph.removeEventListener('kizuna-load', once);
            graph.removeEventListener('kizuna-error', once);
            if (current === view) draw();
          };
          graph.addEventListener('kizuna-load', once);
          graph.addEventListener('kizuna-error', once);
          graph.removeAttribute('kinds');
          graph.removeAttribute('relation-types');
          graph.removeAttribute('as-of');
          graph.setAttribute('entity', view.from);
        } else {
          draw();
        }
        void details.show(view.from);
        break;
      }
      case 'country':
        void country.show(view.code);
        break;
      case 'shared':
        void shared.show(view.ids);
        break;
      case 'home':
        break;
      default: {
        const unreachable: never = view;
        throw new Error(`unknown view ${JSON.stringify(unreachable)}`);
      }
    }
  };

  /** Goes to a view as a new history entry (unless it is the view shown). */
  const navigate = (view: ExplorerView): void => {
    const search = viewSearch(view, lang);
    if (search !== viewSearch(current, lang) || location.search === '') {
      history.pushState({ kizuna: true }, '', search);
    }
    show(view);
  };

  window.addEventListener('popstate', () => {
    const view = parseView(location.search);
    // A `#source=` link changes only the hash: the view stays as it is.
    if (viewSearch(view, lang) !== viewSearch(current, lang)) show(view);
  });

  mountSearchBox(byId('search-input'), byId('search-suggestions'), context, (hit) =>
    navigate({ view: 'entity', entity: hit.id, kinds: [], types: [], asOf: null }),
  );
  mountDocumentPanel(byId('document'), context);

  graph.addEventListener('kizuna-select', (event) => {
    void details.show((event as CustomEvent<KizunaSelectDetail>).detail.id);
  });
  graph.addEventListener('kizuna-load', (event) => {
    const detail = (event as CustomEvent<KizunaLoadDetail>).detail;
    errors.hidden = true;
    if (detail.reason !== 'load') return;
    // A re-centre from inside the widget (double click, list view) is a new view too.
    if (current.view === 'entity' && current.entity !== detail.entity) {
      navigate({ ...current, entity: detail.entity });
    } else if (current.view === 'home') {
      navigate({ view: 'entity', entity: detail.entity, kinds: [], types: [], asOf: null });
    }
    if (current.view === 'entity') filters.update(current, graph.subgraph);
    if (details.entityId !== detail.entity && current.view === 'entity') {
      void details.show(detail.entity);
    }
  });
  graph.addEventListener('kizuna-error', (event) => {
    context.report(new Error((event as CustomEvent<{ message: string }>).detail.message));
  });

  const setLang = (next: WidgetLang): void => {
    lang = next;
    document.documentElement.lang = next;
    graph.setAttribute('lang', next);
    document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((button) => {
      button.setAttribute('aria-pressed', String(button.dataset.lang === next));
    });
    history.replaceState(history.state, '', viewSearch(current, lang) + location.hash);
    paths.renderEnds();
    filters.render();
    renderShareBar();
    if (details.entityId) void details.show(details.entityId);
  };
  document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((button) => {
    button.addEventListener('click', () => {
      setLang(parseLang(button.dataset.lang ?? null));
      show(current);
    });
  });
  setLang(lang);
  // Citations show their document's issuer and date from the catalogue: load it before the
  // first view (one small request); without it they still show title, lines and quote.
  void loadDocumentCatalogue(context.endpoint)
    .catch((error: unknown) => context.report(error))
    .finally(() => show(current));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
