/**
 * The text a source's line span holds, and where a quote sits in it. A quote is the document's
 * own characters: the only liberty is the line break, which the PDF extraction put where the
 * page ended, so lines are joined without it (a space stands in for it between two Latin words).
 */

/**
 * Lines `start`..`end` (1-based, inclusive) joined into the text a quote must be part of. The
 * line break with the whitespace around it is the extraction's, not the author's: it is dropped
 * next to Japanese text and becomes one space between two pieces of Latin text (a word wrapped
 * after a hyphen joins without one). Blank lines (the double-spaced MOFA files) vanish.
 */
export function spanText(lines: readonly string[], start: number, end: number): string {
  let text = '';
  for (const raw of lines.slice(start - 1, end)) {
    const line = text === '' ? raw.trimEnd() : raw.trim();
    if (line === '') continue;
    if (text !== '' && isLatin(text.at(-1)) && isLatin(line[0]) && !text.endsWith('-')) {
      text += ' ';
    }
    text += line;
  }
  return text;
}

function isLatin(char: string | undefined): boolean {
  return char !== undefined && char > ' ' && char < '\x7f';
}

/**
 * Finds `quote` in `text` the way curators used to compare (NFKC, whitespace ignored) and
 * returns the characters the text has there, or null. Used to turn a normalised quote back into
 * the document's own characters and to tell a curator what the document says instead.
 */
export function locateQuote(text: string, quote: string): string | null {
  const { squashed, origin } = squashWithOrigin(text);
  const needle = squashWithOrigin(quote).squashed;
  if (needle === '') return null;
  const at = squashed.indexOf(needle);
  if (at === -1) return null;
  const start = origin[at].start;
  const end = origin[at + needle.length - 1].end;
  return text.slice(start, end);
}

/** NFKC without whitespace, each resulting character mapped back to the text it came from. */
function squashWithOrigin(text: string): {
  squashed: string;
  origin: Array<{ start: number; end: number }>;
} {
  let squashed = '';
  const origin: Array<{ start: number; end: number }> = [];
  // A base character with its combining or half-width sound marks normalises as one unit
  // (ｶﾞ → ガ), so clusters are normalised together.
  for (const match of text.matchAll(/[\s\S][\p{M}\uFF9E\uFF9F]*/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    for (const char of match[0].normalize('NFKC').replace(/\s+/gu, '')) {
      squashed += char;
      for (let i = 0; i < char.length; i += 1) origin.push({ start, end });
    }
  }
  return { squashed, origin };
}
