import { DocumentLinesDocument } from '../../graphql/generated/operations';
import { h } from '../dom';
import { execute } from '../graphql.client';
import { label, type ExplorerContext } from './explorer.context';

/** Lines shown around a quote, so the reader sees it in context. */
const CONTEXT_LINES = 3;

/**
 * A link that opens the document panel on a line span (and marks the quote inside it); it also
 * works as a bookmark.
 */
export function sourceHref(documentId: string, from: number, to: number, quote?: string): string {
  const base = `#source=${encodeURIComponent(documentId)}:${from}-${to}`;
  return quote ? `${base}&q=${encodeURIComponent(quote)}` : base;
}

function parseSourceHash(
  hash: string,
): { id: string; from: number; to: number; quote: string | null } | null {
  const match = /^#source=([^:]+):(\d+)-(\d+)(?:&q=(.*))?$/.exec(hash);
  if (!match) return null;
  return {
    id: decodeURIComponent(match[1]),
    from: Number(match[2]),
    to: Number(match[3]),
    quote: match[4] ? decodeURIComponent(match[4]) : null,
  };
}

interface Line {
  number: number;
  text: string;
}

/**
 * Which characters of the span's lines the quote covers. Lines are joined the way the validator
 * joins them (src/ingest/quote-span.ts: the line break and the whitespace around it dropped, a
 * space between two Latin words), so a quote that runs over a break is found and marked on
 * both lines. Returns, per line number, a flag per character.
 */
export function quoteMarks(lines: readonly Line[], quote: string): Map<number, boolean[]> {
  const marks = new Map(lines.map((line) => [line.number, [...line.text].map(() => false)]));
  let joined = '';
  const origin: Array<{ line: number; index: number } | null> = [];
  for (const line of lines) {
    const chars = [...line.text];
    let start = 0;
    let end = chars.length;
    if (joined !== '') while (start < end && /\s/.test(chars[start])) start++;
    while (end > start && /\s/.test(chars[end - 1])) end--;
    if (start === end) continue;
    const latin = (c: string | undefined) => c !== undefined && c > ' ' && c < '\x7f';
    if (joined !== '' && latin(joined.at(-1)) && latin(chars[start]) && !joined.endsWith('-')) {
      joined += ' ';
      origin.push(null);
    }
    for (let i = start; i < end; i++) {
      joined += chars[i];
      origin.push({ line: line.number, index: i });
    }
  }
  const at = quote ? joined.indexOf(quote) : -1;
  if (at < 0) return marks;
  // indexOf counts UTF-16 units; walk the joined string's code points to map back.
  const before = [...joined.slice(0, at)].length;
  const length = [...quote].length;
  for (let k = before; k < before + length; k++) {
    const place = origin[k];
    if (place) marks.get(place.line)![place.index] = true;
  }
  return marks;
}

/**
 * A line as a reader wants it: `**bold**` as bold, a leading "- " as a bullet, runs of spaces in
 * a table row as a column rule, and the quote's characters marked. The exact text is one click
 * away (the panel's toggle).
 */
function formattedLine(text: string, marked: readonly boolean[]): Node[] {
  const chars = [...text];
  const nodes: Node[] = [];
  let bold = false;
  let run = '';
  let runMarked = false;
  let runBold = false;
  const flush = (): void => {
    if (run === '') return;
    let node: Node = document.createTextNode(run);
    if (runBold) node = h('strong', {}, node);
    if (runMarked) node = h('mark', {}, node);
    nodes.push(node);
    run = '';
  };
  let i = 0;
  if (/^\s*-\s/.test(text)) {
    const skip = text.indexOf('-') + 2;
    nodes.push(h('span', { class: 'bullet', 'aria-hidden': 'true' }, '• '));
    i = [...text.slice(0, skip)].length;
  }
  for (; i < chars.length; i++) {
    if (chars[i] === '*' && chars[i + 1] === '*') {
      bold = !bold;
      i++;
      continue;
    }
    // Two or more spaces inside a line: columns of a table the extraction flattened.
    if (/[ \u3000]/.test(chars[i]) && /[ \u3000]/.test(chars[i + 1] ?? '') && run.trim() !== '') {
      flush();
      while (/[ \u3000]/.test(chars[i + 1] ?? '')) i++;
      if (i + 1 < chars.length) nodes.push(h('span', { class: 'cell-rule' }, ' │ '));
      continue;
    }
    const isMarked = marked[i] ?? false;
    if (run !== '' && (isMarked !== runMarked || bold !== runBold)) flush();
    runMarked = isMarked;
    runBold = bold;
    run += chars[i];
  }
  flush();
  return nodes;
}

/** The exact characters of a line, the quote marked. */
function exactLine(text: string, marked: readonly boolean[]): Node[] {
  const chars = [...text];
  const nodes: Node[] = [];
  let run = '';
  let runMarked = false;
  chars.forEach((ch, i) => {
    const isMarked = marked[i] ?? false;
    if (run !== '' && isMarked !== runMarked) {
      nodes.push(runMarked ? h('mark', {}, run) : document.createTextNode(run));
      run = '';
    }
    runMarked = isMarked;
    run += ch;
  });
  if (run !== '') nodes.push(runMarked ? h('mark', {}, run) : document.createTextNode(run));
  return nodes;
}

/**
 * The document panel: the source lines of a quote (DocumentLines) with the document's title,
 * issuer and date, the quote marked inside its lines (not whole lines), formatted for reading
 * with the exact text one click away. Opened by any `#source=` link on the page.
 */
export function mountDocumentPanel(panel: HTMLElement, context: ExplorerContext): void {
  let exact = false;
  const open = async (hash: string): Promise<void> => {
    const target = parseSourceHash(hash);
    if (!target) {
      panel.hidden = true;
      return;
    }
    try {
      const data = await execute(context.endpoint, DocumentLinesDocument, {
        id: target.id,
        from: Math.max(1, target.from - CONTEXT_LINES),
        to: target.to + CONTEXT_LINES,
      });
      const document = data.entity;
      const lines = (document && 'lines' in document ? document.lines : null) ?? [];
      const span = lines.filter((l) => l.number >= target.from && l.number <= target.to);
      const marks = target.quote ? quoteMarks(span, target.quote) : new Map<number, boolean[]>();
      const found = [...marks.values()].some((flags) => flags.includes(true));
      const lang = context.lang();
      const issuer =
        document && 'issuer' in document
          ? lang === 'en'
            ? document.issuerEn
            : document.issuer
          : null;
      const render = (): void => {
        panel.replaceChildren(
          h(
            'div',
            { class: 'document-header' },
            h(
              'h2',
              { id: 'document-title' },
              (lang === 'en' ? document?.nameEn : null) ?? document?.nameJa ?? target.id,
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'exact-toggle',
                'aria-pressed': String(exact),
                onclick: () => {
                  exact = !exact;
                  render();
                },
              },
              label(exact ? 'formatted' : 'exactText', lang),
            ),
            h(
              'button',
              {
                type: 'button',
                class: 'close',
                onclick: () => {
                  history.replaceState(history.state, '', location.pathname + location.search);
                  panel.hidden = true;
                },
              },
              label('close', lang),
            ),
          ),
          h(
            'p',
            { class: 'document-meta' },
            [issuer, document?.date].filter((part) => part).join(' · '),
          ),
          h(
            'p',
            { class: 'document-span' },
            label('linesOf', lang, { from: target.from, to: target.to }),
          ),
          h(
            'ol',
            { class: exact ? 'lines exact' : 'lines', lang: 'ja' },
            lines.map((line) => {
              const inSpan = line.number >= target.from && line.number <= target.to;
              // Without a quote (or one not found), the whole span is the citation.
              const whole = found
                ? (marks.get(line.number) ?? [])
                : [...line.text].map(() => inSpan);
              return h(
                'li',
                { value: line.number, class: inSpan ? 'quoted' : '' },
                ...(exact ? exactLine(line.text, whole) : formattedLine(line.text, whole)),
              );
            }),
          ),
        );
      };
      render();
      panel.hidden = false;
      panel.focus();
    } catch (error) {
      context.report(error);
    }
  };
  window.addEventListener('hashchange', () => void open(location.hash));
  if (location.hash) void open(location.hash);
}
