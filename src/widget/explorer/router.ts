/**
 * Every view of the explorer as a URL, so that each can be bookmarked, shared and reloaded, and
 * Back/Forward move between them (history.pushState). The query string holds the view; the
 * `#source=` hash (document panel) is separate and does not make a history entry of its own.
 */
export type ExplorerView =
  | { view: 'entity'; entity: string; kinds: string[]; types: string[]; asOf: string | null }
  | { view: 'path'; from: string; to: string; more: boolean }
  | { view: 'country'; code: string }
  | { view: 'shared'; ids: string[] }
  | { view: 'home' };

const list = (value: string | null): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** The view a URL's query string names; anything unrecognised is the home view. */
export function parseView(search: string): ExplorerView {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  if (view === 'path' && params.get('from') && params.get('to')) {
    return {
      view: 'path',
      from: params.get('from')!,
      to: params.get('to')!,
      more: params.get('more') === '1',
    };
  }
  if (view === 'country' && params.get('code')) {
    return { view: 'country', code: params.get('code')!.toUpperCase() };
  }
  if (view === 'shared' && list(params.get('ids')).length >= 2) {
    return { view: 'shared', ids: list(params.get('ids')) };
  }
  const entity = params.get('entity');
  if (entity) {
    const asOf = params.get('asOf');
    return {
      view: 'entity',
      entity,
      kinds: list(params.get('kinds')),
      types: list(params.get('types')),
      asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : null,
    };
  }
  return { view: 'home' };
}

/** The query string of a view (with the page language, which is not part of the view). */
export function viewSearch(view: ExplorerView, lang: string): string {
  const params = new URLSearchParams();
  switch (view.view) {
    case 'entity':
      params.set('entity', view.entity);
      if (view.kinds.length > 0) params.set('kinds', view.kinds.join(','));
      if (view.types.length > 0) params.set('types', view.types.join(','));
      if (view.asOf) params.set('asOf', view.asOf);
      break;
    case 'path':
      params.set('view', 'path');
      params.set('from', view.from);
      params.set('to', view.to);
      if (view.more) params.set('more', '1');
      break;
    case 'country':
      params.set('view', 'country');
      params.set('code', view.code);
      break;
    case 'shared':
      params.set('view', 'shared');
      params.set('ids', view.ids.join(','));
      break;
    case 'home':
      break;
    default: {
      const unreachable: never = view;
      throw new Error(`no URL for ${JSON.stringify(unreachable)}`);
    }
  }
  if (lang === 'en') params.set('lang', 'en');
  const search = params.toString();
  return search ? `?${search}` : location.pathname;
}

/** The country code in a country entity id (`country-in` → IN), or null. */
export function countryCode(entityId: string): string | null {
  const match = /^country-([a-z]{2})$/i.exec(entityId);
  return match ? match[1].toUpperCase() : null;
}
