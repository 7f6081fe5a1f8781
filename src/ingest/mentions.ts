import type { Entity } from '../domain/entity';
import { squashForQuote } from '../domain/text';
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

/** Names this short match too much by accident (「米」, "EU" inside words…). */
const MIN_CJK_LENGTH = 2;
const MIN_ASCII_LENGTH = 3;

/**
 * Every occurrence of every entity's names and aliases in every document, compared after NFKC
 * and with whitespace removed, so that a name split across lines or written full-width is found.
 * Where a shorter name lies inside a longer one of another entity at the same place (インド inside
 * インド太平洋), only the longer one counts.
 */
export function buildMentionIndex(entities: Entity[], documents: SourceDocument[]): Mention[] {
  const mentions: Mention[] = [];
  for (const document of documents) {
    const { text, lineAt } = squashDocument(document);
    const candidates: Candidate[] = [];
    for (const entity of entities) {
      if (entity.kind === 'document') continue;
      const names = new Set([entity.nameJa, entity.nameEn ?? '', ...entity.aliases]);
      for (const name of names) {
        const needle = squashForQuote(name);
        const ascii = /^[\x20-\x7e]+$/u.test(needle);
        if (needle.length < (ascii ? MIN_ASCII_LENGTH : MIN_CJK_LENGTH)) continue;
        for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
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

function keepOutermost(candidates: Candidate[]): Mention[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  const seen = new Set<string>();
  let coverEnd = -1;
  let coverEntity = '';
  for (const c of candidates) {
    const inside = c.end <= coverEnd && c.entityId !== coverEntity;
    if (c.end > coverEnd) {
      coverEnd = c.end;
      coverEntity = c.entityId;
    }
    if (inside) continue;
    const key = `${c.entityId}@${c.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
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
    starts.push(text.length);
    text += squashForQuote(line);
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
