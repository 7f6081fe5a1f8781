import { isSpacedScript, romajiVariants, searchKey, searchWords } from '../domain/text';
import type { EntityRecord } from './records';

/**
 * How search judges a candidate the text index returned. The index only proposes (it matches
 * bigrams and words loosely); these rules decide what matches and in which order, the same on
 * both engines. Latin text matches at word starts (KPI is not in "stockpile"), Japanese text
 * anywhere (words are not separated).
 */

/** Scores by how the query matched, best first. */
export const SCORE = {
  /** The query is a name or alias (after folding). */
  exact: 1,
  /** A name starts with the query, which ends at a word end: Kishida → Kishida Fumio. */
  wordPrefix: 0.9,
  /** A name holds the query as whole words: Biden → Joe Biden. */
  wordInfix: 0.85,
  /** A name starts with the query, which ends inside a word: POW → Powell, as the user types. */
  partialPrefix: 0.75,
  /** A word of a name starts with the query. */
  partialInfix: 0.7,
  /** Every word of the query is in the names, in any order. */
  allWordsInNames: 0.6,
  /** Every word of the query is in the names, the subtype (summit, kpi, …) or the description. */
  allWords: 0.5,
  /** Most of the query's bigrams and words occur: the loose full-text tier, at most this. */
  fuzzy: 0.3,
} as const;

/** Share of the query's units (CJK bigrams, Latin words) a loose match must contain. */
const FUZZY_MIN_COVERAGE = 0.6;
/** Query words matched only as whole words: short ones are acronyms (US, POW, KPI). */
const SHORT_WORD = 3;
const STOP_WORDS = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'with', 'by']);
/**
 * Within one score, actors come before what is named after them or about them: a person before
 * 岸田内閣, the WTO (organisation) before the WTO as a topic (sector).
 */
const KIND_ORDER: Partial<Record<string, number>> = {
  person: 0,
  country: 1,
  region: 2,
  organization: 3,
  framework: 4,
  sector: 10,
};
/** Added when the query's words appear in a name in the order typed (safeguard … US beef). */
const IN_ORDER_BONUS = 0.02;

export interface RankedHit {
  entity: EntityRecord;
  score: number;
  matchedText: string;
}

/** Folded text with, for each position, whether a word starts there. */
interface Folded {
  text: string;
  starts: boolean[];
}

function fold(raw: string): Folded {
  const words = searchWords(raw);
  let text = '';
  const starts: boolean[] = [];
  let newWord = true;
  let previousSpaced = false;
  for (const char of words) {
    if (char === ' ') {
      newWord = true;
      continue;
    }
    const spaced = isSpacedScript(char);
    starts.push(newWord || !spaced || !previousSpaced);
    for (let i = 1; i < char.length; i++) starts.push(false);
    text += char;
    newWord = false;
    previousSpaced = spaced;
  }
  return { text, starts };
}

/** Where `query` occurs in `folded` at a word start, and whether it also ends at a word end. */
function occurrences(folded: Folded, query: string): Array<{ at: number; wholeEnd: boolean }> {
  const found: Array<{ at: number; wholeEnd: boolean }> = [];
  if (!query) return found;
  for (let at = folded.text.indexOf(query); at >= 0; at = folded.text.indexOf(query, at + 1)) {
    if (!folded.starts[at]) continue;
    const end = at + query.length;
    found.push({ at, wholeEnd: end === folded.text.length || folded.starts[end] });
  }
  return found;
}

function nameScore(name: Folded, query: string): number {
  if (name.text === query) return SCORE.exact;
  let best = 0;
  for (const { at, wholeEnd } of occurrences(name, query)) {
    const score =
      at === 0
        ? wholeEnd
          ? SCORE.wordPrefix
          : SCORE.partialPrefix
        : wholeEnd
          ? SCORE.wordInfix
          : SCORE.partialInfix;
    best = Math.max(best, score);
  }
  return best;
}

/** A Latin word and its singular (tariffs → tariff, KPIs → KPI, policies → policy). */
function wordForms(word: string): string[] {
  const forms = [word];
  if (word.length <= SHORT_WORD || !isSpacedScript(word[0])) return forms;
  if (word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  else if (word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.endsWith('s')) forms.push(word.slice(0, -1));
  return forms;
}

/** A query word is found when a word of the text starts with it (short words: is it). */
function hasWord(text: Folded, word: string): boolean {
  const forms = wordForms(word);
  if (word.length <= SHORT_WORD && isSpacedScript(word[0])) forms.push(`${word}s`);
  return forms.some((form) =>
    occurrences(text, form).some(
      ({ wholeEnd }) => wholeEnd || form.length > SHORT_WORD || !isSpacedScript(form[0]),
    ),
  );
}

/** The parts of a query that must each be found: Latin words and runs of Japanese text. */
function queryWords(query: string): string[] {
  const words = searchWords(query).split(' ').filter(Boolean);
  const content = words.filter((w) => !STOP_WORDS.has(w));
  return content.length > 0 ? content : words;
}

/** Bigrams of Japanese runs and whole Latin words: what the loose tier counts. */
function looseUnits(words: string[]): string[] {
  const units: string[] = [];
  for (const word of words) {
    if (isSpacedScript(word[0]) || word.length < 3) {
      units.push(word);
      continue;
    }
    for (let i = 0; i + 1 < word.length; i++) units.push(word.slice(i, i + 2));
  }
  return units;
}

export interface PreparedQuery {
  key: string;
  /** The key and its Latin spellings (ジューセプ → jusep), each with a weight. */
  forms: Array<{ key: string; weight: number }>;
  words: string[];
  units: string[];
}

export function prepareQuery(text: string): PreparedQuery {
  const key = searchKey(text);
  const words = queryWords(text);
  const forms = [
    { key, weight: 1 },
    ...romajiVariants(key).map((variant) => ({ key: variant, weight: 0.95 })),
  ];
  return { key, forms, words, units: looseUnits(words) };
}

/** What the text index is asked: the words, and Latin spellings of a katakana query. */
export function indexQuery(query: PreparedQuery): string {
  const words = new Set(query.words.flatMap(wordForms));
  return [...words, ...query.forms.slice(1).map((f) => f.key)].join(' ');
}

/** The score of one entity for a query, and the name that explains it; null when it does not match. */
export function rankEntity(entity: EntityRecord, query: PreparedQuery): RankedHit | null {
  const names = [entity.nameJa, entity.nameEn ?? '', ...entity.aliases].filter(Boolean);
  const folded = names.map((name) => ({ name, folded: fold(name) }));
  let best: { score: number; name: string } = { score: 0, name: entity.nameJa };
  for (const { key, weight } of query.forms) {
    for (const { name, folded: f } of folded) {
      const score = nameScore(f, key) * weight;
      if (score > best.score) best = { score, name };
    }
  }
  if (best.score > 0) return { entity, score: best.score, matchedText: best.name };

  const namesText = fold(names.join(' '));
  if (query.words.length > 0 && query.words.every((w) => hasWord(namesText, w))) {
    const inOrder = folded.some(({ folded: f }) => wordsInOrder(f, query.words));
    return {
      entity,
      score: SCORE.allWordsInNames + (inOrder ? IN_ORDER_BONUS : 0),
      matchedText: bestName(folded, query.words),
    };
  }
  const allText = fold(`${names.join(' ')} ${entity.subtype ?? ''} ${entity.description ?? ''}`);
  if (query.words.length > 0 && query.words.every((w) => hasWord(allText, w))) {
    return { entity, score: SCORE.allWords, matchedText: bestName(folded, query.words) };
  }
  // Loose matches are for Japanese text, where words are not separated; Latin words must all be there.
  if (query.units.length < 2 || query.words.every((w) => isSpacedScript(w[0]))) return null;
  const found = query.units.filter((unit) => allText.text.includes(unit)).length;
  const coverage = found / query.units.length;
  if (coverage < FUZZY_MIN_COVERAGE) return null;
  return {
    entity,
    score: Number((SCORE.fuzzy * coverage).toFixed(4)),
    matchedText: bestName(folded, query.units),
  };
}

/** Whether each word occurs, at a word start, after the one before it. */
function wordsInOrder(name: Folded, words: string[]): boolean {
  let from = 0;
  for (const word of words) {
    const next = occurrences(name, word).find((o) => o.at >= from);
    if (!next) return false;
    from = next.at + word.length;
  }
  return true;
}

/** The name holding most of the query's words. */
function bestName(names: Array<{ name: string; folded: Folded }>, words: string[]): string {
  let best = { name: names[0].name, count: -1 };
  for (const { name, folded } of names) {
    const count = words.filter((w) => folded.text.includes(w)).length;
    if (count > best.count) best = { name, count };
  }
  return best.name;
}

/** Best first; ties go to persons, then to the shorter name, then by id. */
export function compareHits(a: RankedHit, b: RankedHit): number {
  return (
    b.score - a.score ||
    (KIND_ORDER[a.entity.kind] ?? 9) - (KIND_ORDER[b.entity.kind] ?? 9) ||
    a.entity.nameJa.length - b.entity.nameJa.length ||
    (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0)
  );
}
