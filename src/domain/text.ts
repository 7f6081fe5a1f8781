/**
 * Text normalisation shared by the quote validator, the mention index and search.
 */

/** How quotes are compared with the documents: NFKC, and every kind of whitespace removed
 * (the PDF extraction splits words across lines and pads with spaces). */
export function squashForQuote(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

const KATAKANA_VARIANTS: ReadonlyArray<[RegExp, string]> = [
  [/ヴァ/gu, 'バ'],
  [/ヴィ/gu, 'ビ'],
  [/ヴェ/gu, 'ベ'],
  [/ヴォ/gu, 'ボ'],
  [/ヴ/gu, 'ブ'],
  [/[ー‐―−－-]/gu, ''],
  [/[・･.。、,，\s「」『』"“”'’()（）[\]【】]/gu, ''],
];

/**
 * The key search compares: NFKC (full-width ＩＰＥＦ → IPEF, half-width ｶﾅ → カナ), case folded,
 * katakana variants folded (ヴ → ブ), and long-vowel marks, middle dots, brackets, quotes and
 * spaces removed, so that 経済版「２＋２」, 経済版2+2 and ｹｲｻﾞｲ… variants meet.
 */
export function searchKey(text: string): string {
  let key = text.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of KATAKANA_VARIANTS) key = key.replace(pattern, replacement);
  return key;
}
