/**
 * Node labels on at most two lines. Long names are cut in the middle rather than at the end,
 * because siblings often differ only in their tail: three meetings named
 * "IPEF交渉官会合（令和５年３月、バリ）", "…（令和４年12月、ブリスベン）", … must stay apart.
 */

/** Width of one line, in full-width characters (half-width ones count about half). */
export const LINE_UNITS = 13;

function units(ch: string): number {
  return /[ -\u00ff\uff61-\uff9f]/.test(ch) ? 0.55 : 1;
}

function width(textValue: string): number {
  let total = 0;
  for (const ch of textValue) total += units(ch);
  return total;
}

/** The longest prefix of `value` no wider than `max`. */
function head(value: string, max: number): string {
  let total = 0;
  let out = '';
  for (const ch of value) {
    total += units(ch);
    if (total > max) break;
    out += ch;
  }
  return out;
}

/** The longest suffix of `value` no wider than `max`. */
function tail(value: string, max: number): string {
  const chars = [...value];
  let total = 0;
  let out = '';
  for (let i = chars.length - 1; i >= 0; i--) {
    total += units(chars[i]);
    if (total > max) break;
    out = chars[i] + out;
  }
  return out;
}

/** Lines may run this much wider than LINE_UNITS to break at a natural point. */
const SLACK = 3;

/**
 * Where a name reads best split in two: before a bracket, after a comma or space; of those, the
 * one whose longer line is shortest. -1 when no natural point keeps both lines in bounds.
 */
function splitPoint(chars: string[]): number {
  let best = -1;
  let bestWidth = Infinity;
  for (let i = 1; i < chars.length; i++) {
    const good = /[（(「]/.test(chars[i]) || /[、，,・ \u3000）)」/]/.test(chars[i - 1]);
    if (!good) continue;
    const longer = Math.max(width(chars.slice(0, i).join('')), width(chars.slice(i).join('')));
    if (longer <= LINE_UNITS + SLACK && longer < bestWidth) {
      best = i;
      bestWidth = longer;
    }
  }
  return best;
}

/**
 * The label drawn under a node: the name as it is when it fits on one line; else on two lines;
 * else the beginning of the name on the first line and its distinguishing end (the bracketed
 * date, place or round, or simply the last characters) on the second.
 */
export function nodeLabel(name: string): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (width(clean) <= LINE_UNITS) return clean;
  const chars = [...clean];
  const at = splitPoint(chars);
  if (at > 0) return `${chars.slice(0, at).join('').trim()}\n${chars.slice(at).join('').trim()}`;
  if (width(clean) <= 2 * LINE_UNITS) {
    const first = head(clean, LINE_UNITS);
    return `${first}\n${clean.slice(first.length)}`;
  }
  const bracket = /[（(][^（(]*[）)]?$/.exec(clean);
  const distinguishing = bracket && bracket.index > 0 ? bracket[0] : '';
  if (distinguishing && width(distinguishing) <= LINE_UNITS + SLACK) {
    const rest = clean.slice(0, bracket!.index);
    const first = width(rest) <= LINE_UNITS ? rest : `${head(rest, LINE_UNITS - 1)}…`;
    return `${first}\n${distinguishing}`;
  }
  if (distinguishing) {
    // A long bracket: keep its opening (the date comes first in the documents' names).
    const rest = clean.slice(0, bracket!.index);
    return `${head(rest, LINE_UNITS - 1)}…\n${head(distinguishing, LINE_UNITS - 1)}…`;
  }
  return `${head(clean, LINE_UNITS - 1)}…\n…${tail(clean, LINE_UNITS - 1)}`;
}
