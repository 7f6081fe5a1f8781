import { SearchDocument, type SearchQuery } from '../../graphql/generated/operations';
import { h } from '../dom';
import { execute } from '../graphql.client';
import { kindName } from '../i18n';
import { displayName, label, type ExplorerContext } from './explorer.context';

type Hit = SearchQuery['search'][number];

const DEBOUNCE_MS = 150;

/**
 * The search combobox (WAI-ARIA combobox with a listbox popup): suggestions from the `search`
 * query as the user types, Japanese or English; arrows move, Enter or a click picks.
 */
export function mountSearchBox(
  input: HTMLInputElement,
  listbox: HTMLUListElement,
  context: ExplorerContext,
  pick: (entity: { id: string; name: string }) => void,
  /** Prefix of the option ids, so that several boxes can share a page. */
  idPrefix = 'suggestion',
): void {
  let hits: Hit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sequence = 0;

  const close = (): void => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = (hit: Hit): void => {
    const name = displayName(hit.entity, context.lang());
    input.value = name;
    close();
    pick({ id: hit.entity.id, name });
  };
  const render = (): void => {
    const lang = context.lang();
    listbox.replaceChildren(
      ...(hits.length === 0
        ? [
            h(
              'li',
              { class: 'no-results', role: 'option', 'aria-disabled': 'true' },
              label('noResults', lang),
            ),
          ]
        : hits.map((hit, index) =>
            h(
              'li',
              {
                id: `${idPrefix}-${index}`,
                role: 'option',
                'data-id': hit.entity.id,
                'aria-selected': index === active ? 'true' : 'false',
                onmousedown: (e: Event) => e.preventDefault(),
                onclick: () => choose(hit),
              },
              h('span', { class: 'suggestion-name' }, displayName(hit.entity, lang)),
              ' ',
              h(
                'span',
                { class: 'suggestion-meta' },
                `${kindName(hit.entity.kind, lang)} · ${hit.matchedText}`,
              ),
            ),
          )),
    );
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `${idPrefix}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const suggest = async (textValue: string): Promise<void> => {
    const mine = ++sequence;
    try {
      const data = await execute(context.endpoint, SearchDocument, { text: textValue, first: 8 });
      if (mine !== sequence) return;
      hits = data.search;
      active = -1;
      render();
    } catch (error) {
      context.report(error);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const value = input.value.trim();
    if (value === '') {
      sequence++;
      close();
      return;
    }
    timer = setTimeout(() => void suggest(value), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (listbox.hidden || hits.length === 0) {
      if (event.key === 'Enter') event.preventDefault();
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[Math.max(0, active)]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => close());
}
