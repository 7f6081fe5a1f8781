import { GraphqlRequestError } from '../graphql.client';
import { parseLang, type WidgetLang } from '../i18n';
import type { KizunaGraphElement, KizunaSelectDetail } from '../kizuna-graph.element';
import { DetailsPanel } from './details.panel';
import { mountDocumentPanel } from './document.panel';
import type { ExplorerContext } from './explorer.context';
import { PathsPanel } from './paths.panel';
import { mountSearchBox } from './search.box';

/**
 * The explorer at `/`: search → widget → side panel, paths and source lines. Loaded after the
 * widget bundle, whose element it drives through attributes, methods and events only.
 */
function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the explorer page lacks #${id}`);
  return element as T;
}

function start(): void {
  const graph = byId<KizunaGraphElement>('graph');
  const errors = byId<HTMLElement>('errors');
  let lang: WidgetLang = parseLang(new URLSearchParams(location.search).get('lang'));
  const context: ExplorerContext = {
    endpoint: new URL('/graphql', location.href).href,
    graph,
    lang: () => lang,
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
      from: byId('path-from'),
      to: byId('path-to'),
      find: byId('path-find'),
      results: byId('path-results'),
    },
    context,
  );
  const details = new DetailsPanel(byId('details'), context, {
    pathFrom: (end) => paths.setFrom(end),
    pathTo: (end) => paths.setTo(end),
  });
  const choose = (id: string): void => {
    graph.setAttribute('entity', id);
    void details.show(id);
  };

  mountSearchBox(byId('search-input'), byId('search-suggestions'), context, choose);
  mountDocumentPanel(byId('document'), context);

  graph.addEventListener('kizuna-select', (event) => {
    void details.show((event as CustomEvent<KizunaSelectDetail>).detail.id);
  });
  graph.addEventListener('kizuna-load', () => {
    errors.hidden = true;
    const entity = graph.getAttribute('entity');
    if (entity) {
      const url = new URL(location.href);
      url.searchParams.set('entity', entity);
      history.replaceState(null, '', url);
      if (details.entityId === null) void details.show(entity);
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
    paths.renderEnds();
    if (details.entityId) void details.show(details.entityId);
  };
  document.querySelectorAll<HTMLButtonElement>('[data-lang]').forEach((button) => {
    button.addEventListener('click', () => setLang(parseLang(button.dataset.lang ?? null)));
  });
  setLang(lang);

  const initial = new URLSearchParams(location.search).get('entity');
  if (initial) choose(initial);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
