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
];

/** Every hyphen, dash and minus sign (ASCII hyphen, ‐ ‑ ‒ – — ―, −, full-width －, …). */
const DASHES = /[\p{Pd}\u2212\uFF0D]/gu;
/** The katakana long-vowel mark, and a dash written where one was meant (テネシ―). */
const LONG_VOWEL_AFTER_KANA = /(?<=[\p{Script=Katakana}])[ー\p{Pd}\u2212\uFF0D]+/gu;

/**
 * The key names are compared by: NFKC (full-width ＩＰＥＦ → IPEF, half-width ｶﾅ → カナ), case
 * folded, katakana variants folded (ヴ → ブ), and long-vowel marks, dashes, middle dots,
 * brackets, quotes and spaces removed, so that 経済版「２＋２」, 経済版2+2 and ｹｲｻﾞｲ… variants meet.
 */
export function searchKey(text: string): string {
  return searchWords(text).replace(/ /g, '');
}

/** British spellings the documents and their readers mix with American ones; folded to one. */
const SPELLINGS: Readonly<Record<string, string>> = {
  licence: 'license',
  licences: 'licenses',
  programme: 'program',
  programmes: 'programs',
  defence: 'defense',
  centre: 'center',
  centres: 'centers',
  organisation: 'organization',
  organisations: 'organizations',
  labour: 'labor',
  favour: 'favor',
  dialogue: 'dialog',
  catalogue: 'catalog',
  fulfil: 'fulfill',
  enrolment: 'enrollment',
  aluminium: 'aluminum',
};

/**
 * Text folded into words for search: the same folding as `searchKey`, but spaces kept between
 * words. Every dash between words becomes a space (Japan-US, Japan–US and Japan US meet), dots
 * and apostrophes inside words go (U.S. → us; the possessive too: driver's → driver), other punctuation separates
 * words, and British spellings become American (licence → license).
 */
export function searchWords(text: string): string {
  let folded = text.normalize('NFKC').toLowerCase();
  for (const [pattern, replacement] of KATAKANA_VARIANTS) {
    folded = folded.replace(pattern, replacement);
  }
  folded = folded
    .replace(LONG_VOWEL_AFTER_KANA, '')
    .replace(/ー/gu, '')
    .replace(DASHES, ' ')
    .replace(/['’]s(?![\p{L}\p{N}])/gu, '')
    .replace(/['’‘`.・･]/gu, '')
    .replace(/[^\p{L}\p{N}+&]+/gu, ' ')
    .trim();
  return folded
    .split(' ')
    .map((word) => SPELLINGS[word] ?? word)
    .join(' ');
}

/** A character of a word in a language that separates words with spaces. */
export function isSpacedScript(char: string): boolean {
  return /[\p{Script=Latin}\p{N}+&]/u.test(char);
}

const ROMAJI: Readonly<Record<string, string>> = {
  ア: 'a',
  イ: 'i',
  ウ: 'u',
  エ: 'e',
  オ: 'o',
  カ: 'ka',
  キ: 'ki',
  ク: 'ku',
  ケ: 'ke',
  コ: 'ko',
  ガ: 'ga',
  ギ: 'gi',
  グ: 'gu',
  ゲ: 'ge',
  ゴ: 'go',
  サ: 'sa',
  シ: 'shi',
  ス: 'su',
  セ: 'se',
  ソ: 'so',
  ザ: 'za',
  ジ: 'ji',
  ズ: 'zu',
  ゼ: 'ze',
  ゾ: 'zo',
  タ: 'ta',
  チ: 'chi',
  ツ: 'tsu',
  テ: 'te',
  ト: 'to',
  ダ: 'da',
  ヂ: 'ji',
  ヅ: 'zu',
  デ: 'de',
  ド: 'do',
  ナ: 'na',
  ニ: 'ni',
  ヌ: 'nu',
  ネ: 'ne',
  ノ: 'no',
  ハ: 'ha',
  ヒ: 'hi',
  フ: 'fu',
  ヘ: 'he',
  ホ: 'ho',
  バ: 'ba',
  ビ: 'bi',
  ブ: 'bu',
  ベ: 'be',
  ボ: 'bo',
  パ: 'pa',
  ピ: 'pi',
  プ: 'pu',
  ペ: 'pe',
  ポ: 'po',
  マ: 'ma',
  ミ: 'mi',
  ム: 'mu',
  メ: 'me',
  モ: 'mo',
  ヤ: 'ya',
  ユ: 'yu',
  ヨ: 'yo',
  ラ: 'ra',
  リ: 'ri',
  ル: 'ru',
  レ: 're',
  ロ: 'ro',
  ワ: 'wa',
  ヲ: 'o',
  ン: 'n',
  ァ: 'a',
  ィ: 'i',
  ゥ: 'u',
  ェ: 'e',
  ォ: 'o',
};
const YOON: Readonly<Record<string, string>> = { ャ: 'a', ュ: 'u', ョ: 'o' };

/**
 * How a katakana word may be spelt in Latin letters, for acronyms read aloud (ジューセプ →
 * jusep): Hepburn romaji, with and without the vowel Japanese adds after a final consonant.
 * Empty when the text is not all katakana.
 */
export function romajiVariants(folded: string): string[] {
  if (!/^[\p{Script=Katakana}]+$/u.test(folded)) return [];
  let out = '';
  let geminate = false;
  for (const char of folded) {
    if (char === 'ッ') {
      geminate = true;
      continue;
    }
    let syllable: string;
    if (char in YOON && out.length > 0) {
      // キャ → kya, ジュ → ju, シュ → shu: drop the i of the preceding syllable.
      out = out.replace(/(sh|ch|j)i$/, '$1').replace(/i$/, 'y');
      syllable = YOON[char];
    } else if ('ァィゥェォ'.includes(char) && /[aeiou]$/.test(out)) {
      // ティ → ti, ファ → fa: a small vowel replaces the vowel before it.
      out = out.slice(0, -1);
      syllable = ROMAJI[char] ?? '';
    } else {
      syllable = ROMAJI[char] ?? '';
    }
    if (geminate && syllable) syllable = syllable[0] + syllable;
    geminate = false;
    out += syllable;
  }
  if (!out) return [];
  const variants = [out];
  if (/[^aeiou][uo]$/.test(out)) variants.push(out.slice(0, -1));
  return variants;
}

/**
 * What the text index holds for an entity: its names raw and folded, subtype and description folded,
 * and the beginnings of the Latin words of its names (ipe → IPEF while the user types). The
 * index only proposes candidates; search decides what matches (services/search-ranking.ts).
 */
export function searchIndexText(
  names: string[],
  subtype: string | null,
  description: string | null,
): string {
  const folded = names.map(searchWords);
  const prefixes: string[] = [];
  for (const word of folded.join(' ').split(' ')) {
    if (!/^[a-z0-9+&]{3,}$/.test(word)) continue;
    for (let end = 2; end < word.length; end++) prefixes.push(word.slice(0, end));
  }
  const parts = [...names, ...folded, ...names.map(searchKey), ...prefixes];
  if (subtype) parts.push(searchWords(subtype));
  if (description) parts.push(searchWords(description));
  return [...new Set(parts)].join(' ');
}
