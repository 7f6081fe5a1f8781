import type { Entity } from '../domain/entity';
import type { SourceDocument } from './documents';

/** One place where an entity's name or alias occurs in a document. */
export interface Mention {
  entityId: string;
  documentId: string;
  /** Line where the occurrence starts (1-based). */
  line: number;
  /** The name or alias that matched, as the seed spells it. */
  matched: string;
}

interface Candidate extends Mention {
  start: number;
  end: number;
}

const LATIN = /[A-Za-z0-9]/;

/**
 * NFKC without whitespace, except one space where whitespace parts two Latin words, so that
 * word boundaries survive (「日米 首脳」 → 日米首脳, "stockpile of KPI" keeps its spaces).
 */
export function squashForMentions(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, (space: string, at: number, whole: string) =>
      LATIN.test(whole[at - 1] ?? '') && LATIN.test(whole[at + space.length] ?? '') ? ' ' : '',
    );
}

/** Names this short match too much by accident (「米」, "EU" inside words…). */
const MIN_CJK_LENGTH = 2;
const MIN_ASCII_LENGTH = 3;

/**
 * Short forms an entity's aliases include that mean something else too often to index: the
 * reader's search still finds them, the mention index does not count them.
 */
export const AMBIGUOUS_SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  // 「イン国際貿易大臣」 is Mary Ng; a bare イン is a syllable of インド, オンライン, インフラ….
  'person-ng-mary': ['イン'],
  // グリーン is green energy (グリーン水素, グリーン成長) far more often than the chargé d'affaires.
  'person-greene-raymond': ['グリーン'],
  // タイ is Thailand as often as USTR Tai; only her full name or title is indexed.
  'person-tai-katherine': ['タイ'],
  // A bare 2+2 is the economic 2+2 in the METI chapter and the security one in MOFA's.
  'framework-japan-us-security-consultative-committee': ['2+2', '「2+2」'],
  // 環境 is the security or business environment as often as the natural one.
  'sector-environment': ['環境'],
  // 進出日本企業 are as often the Japanese companies in Canada.
  'org-japanese-companies-in-us': ['進出日本企業'],
  // 特別協定 names the old and the new host-nation-support agreement alike.
  'framework-hns-special-agreement': ['特別協定'],
  // Undated series names: MOFA's 日加外相会談 is the May 2021 meeting as often as October 2022's,
  // its 日米外相電話会談 the January 2021 call as well as January 2022's.
  'meeting-2022-10-11-japan-canada-foreign-ministers': ['日加外相会談'],
  'meeting-2022-01-06-japan-us-foreign-ministers-call': ['日米外相電話会談'],
  // EPA is an Economic Partnership Agreement in Trade Strategy 2026 (EPA交渉), the agency only
  // in the supply-chain table, where its Japanese name 環境保護庁 is indexed anyway.
  'org-us-environmental-protection-agency': ['EPA'],
  // 州政府 are US state governments in MOFA's US sections and METI's chapter as well.
  'org-canadian-provincial-governments': ['州政府'],
};

/**
 * Longer words a name occurs inside without naming the entity: kanji and mixed names have no
 * script boundary to test (国連 inside 第三国連携, 南ア inside 東南アジア), so the words are listed.
 */
export const NOT_INSIDE: Readonly<Record<string, readonly string[]>> = {
  'org-un': ['米国連邦', '国連携'],
  'country-za': ['南アジア'],
  'sector-exports': ['輸出国'],
  // 通商戦略 is a trade strategy (Trade Strategy 2026, the US comprehensive one), not the field.
  'sector-trade': ['通商戦略', '通商拡大法'],
  // A minister's or secretary's title names the ministry's field, not the sector.
  'sector-transportation': ['運輸長官'],
  'sector-energy': ['エネルギー大臣', 'エネルギー長官'],
  // 岸田政権 is the administration, named after him.
  'person-kishida-fumio': ['岸田政権'],
  // アジア inside the names of other regions (mixed kanji and katakana: no script boundary).
  'region-asia': ['南アジア', '東南アジア'],
  // 国家安全保障戦略 is a strategy document; 米国通商拡大法 the US Trade Expansion Act.
  'sector-security': ['国家安全保障戦略'],
  // Third fresh sample: 航空機 are the Canadian forces' aircraft, not the aviation industry;
  // 人材育成 inside the name of MOFA's FOIP推進人材育成交流強化プログラム; 労働 inside
  // 駐留軍など労働者, the USFJ's Japanese employees whose wages host-nation support pays.
  'sector-aviation': ['航空機'],
  'sector-human-resources': ['人材育成交流強化プログラム'],
  'sector-labor': ['駐留軍など労働者'],
};

/**
 * Short forms indexed only in the documents where they mean the entity: 日系企業 and 日本企業
 * are the companies in the US in the two documents about the US alone, but in MOFA's evaluation
 * also those in Canada, and in Trade Strategy 2026 Japanese companies anywhere.
 */
export const SHORT_FORMS_ONLY_IN: Readonly<
  Record<string, { forms: readonly string[]; documents: readonly string[] }>
> = {
  'org-japanese-companies-in-us': {
    forms: ['日系企業', '日本企業'],
    documents: ['grassroots-action-plan-3', 'meti-us-chapter-2022'],
  },
};

const KATAKANA_RUN = /^[\u30A1-\u30FA\u30FC]+$/u;
const KATAKANA_CHAR = /[\u30A1-\u30FA\u30FC]/u;
const LATIN_WORD_CHAR = /[A-Za-z0-9]/;

/**
 * A katakana name counts only as a whole katakana run (イン not inside インド or オンライン), a
 * Latin name only as whole words (TPP not inside CPTPP). Other scripts have no such boundary.
 */
function atBoundary(text: string, start: number, end: number, needle: string): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (KATAKANA_RUN.test(needle)) return !KATAKANA_CHAR.test(before) && !KATAKANA_CHAR.test(after);
  const latinStart = LATIN_WORD_CHAR.test(needle[0]);
  const latinEnd = LATIN_WORD_CHAR.test(needle[needle.length - 1]);
  if (latinStart && LATIN_WORD_CHAR.test(before)) return false;
  if (latinEnd && LATIN_WORD_CHAR.test(after)) return false;
  return true;
}

/** Whether the occurrence of `needle` at `at` lies inside one of `words` in the text. */
function insideWord(text: string, at: number, needle: string, words: readonly string[]): boolean {
  for (const word of words) {
    for (let k = word.indexOf(needle); k !== -1; k = word.indexOf(needle, k + 1)) {
      if (at - k >= 0 && text.startsWith(word, at - k)) return true;
    }
  }
  return false;
}

/**
 * Every occurrence of every entity's names and aliases in every document, compared after NFKC
 * and with whitespace removed, so that a name split across lines or written full-width is found.
 * Where a shorter name lies inside a longer one at the same place, only the longer one counts,
 * whether it names another entity (インド inside インド太平洋) or the same one.
 */
export function buildMentionIndex(entities: Entity[], documents: SourceDocument[]): Mention[] {
  const mentions: Mention[] = [];
  const shared = namesOfSeveral(entities);
  for (const document of documents) {
    const { text, lineAt } = squashDocument(document);
    const candidates: Candidate[] = [];
    for (const entity of entities) {
      if (entity.kind === 'document') continue;
      const names = new Set([entity.nameJa, entity.nameEn ?? '', ...entity.aliases]);
      const ambiguous = new Set((AMBIGUOUS_SHORT_FORMS[entity.id] ?? []).map(squashForMentions));
      const scoped = SHORT_FORMS_ONLY_IN[entity.id];
      if (scoped && !scoped.documents.includes(document.id)) {
        for (const form of scoped.forms) ambiguous.add(squashForMentions(form));
      }
      const notInside = (NOT_INSIDE[entity.id] ?? []).map(squashForMentions);
      for (const name of names) {
        const needle = squashForMentions(name);
        const ascii = /^[\x20-\x7e]+$/u.test(needle);
        if (needle.length < (ascii ? MIN_ASCII_LENGTH : MIN_CJK_LENGTH)) continue;
        if (ambiguous.has(needle) || shared.has(needle)) continue;
        for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
          if (!atBoundary(text, at, at + needle.length, needle)) continue;
          if (insideWord(text, at, needle, notInside)) continue;
          candidates.push({
            entityId: entity.id,
            documentId: document.id,
            line: lineAt(at),
            matched: name,
            start: at,
            end: at + needle.length,
          });
        }
      }
    }
    mentions.push(...keepOutermost(candidates));
  }
  return mentions;
}

/** A name several entities carry (日米首脳会談 for five summits) names none of them for sure. */
function namesOfSeveral(entities: Entity[]): Set<string> {
  const owners = new Map<string, Set<string>>();
  for (const entity of entities) {
    for (const name of [entity.nameJa, entity.nameEn ?? '', ...entity.aliases]) {
      const needle = squashForMentions(name);
      if (needle === '') continue;
      const ids = owners.get(needle) ?? new Set<string>();
      owners.set(needle, ids.add(entity.id));
    }
  }
  return new Set([...owners].filter(([, ids]) => ids.size > 1).map(([needle]) => needle));
}

function keepOutermost(candidates: Candidate[]): Mention[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  let coverEnd = -1;
  for (const c of candidates) {
    // Inside a longer match: another entity's name (インド inside インド太平洋) is not a mention of
    // it, and the same entity's short form inside its own full name (IPEF inside
    // インド太平洋経済枠組み（IPEF）) is the same mention, not a second one.
    if (c.end <= coverEnd) continue;
    coverEnd = c.end;
    kept.push({ entityId: c.entityId, documentId: c.documentId, line: c.line, matched: c.matched });
  }
  return kept;
}

function squashDocument(document: SourceDocument): {
  text: string;
  lineAt: (offset: number) => number;
} {
  const starts: number[] = [];
  let text = '';
  for (const line of document.lines) {
    const squashed = squashForMentions(line.trim());
    // A line break between two Latin words is a word break.
    if (LATIN.test(text.at(-1) ?? '') && LATIN.test(squashed[0] ?? '')) text += ' ';
    starts.push(text.length);
    text += squashed;
  }
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    // Empty lines share an offset with the next line; report the last line starting there.
    return lo + 1;
  };
  return { text, lineAt };
}
