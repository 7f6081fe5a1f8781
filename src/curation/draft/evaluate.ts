import type { Entity, Relation } from '../../domain/entity';
import { squashForQuote } from '../../domain/text';
import type { SeedGraph } from '../../ingest/seed-graph';
import type { Draft, ProposedEntity } from './draft';

/**
 * Measures a draft of a document that is already curated: which of its curated records the
 * draft proposes (recall), and which proposals match a curated record (a lower bound of what a
 * curator keeps; docs/curation.md adds a read sample of the rest).
 */

/** Known entities for a held-out run: every entity that some other document supports. */
export function heldOutKnown(graph: SeedGraph, documentId: string): Entity[] {
  return graph.entities.filter(
    (e) => e.kind !== 'document' && e.sources.some((s) => s.documentId !== documentId),
  );
}

export interface DraftEvaluation {
  curatedEntities: number;
  /** Curated entities of the document that other documents also support (found by mention). */
  curatedKnown: number;
  foundKnown: number;
  /** Curated entities only this document supports (the draft must propose them). */
  curatedNew: number;
  proposedNew: number;
  curatedRelations: number;
  proposedRelationsMatched: number;
  proposals: number;
  proposalsMatched: number;
  /** Proposal id → the curated entity it stands for. */
  matches: Map<string, string>;
}

export function evaluateDraft(draft: Draft, graph: SeedGraph): DraftEvaluation {
  const inDoc = (r: { sources: Entity['sources'] }): boolean =>
    r.sources.some((s) => s.documentId === draft.documentId);
  const curated = graph.entities.filter((e) => e.kind !== 'document' && inDoc(e));
  const known = new Set(heldOutKnown(graph, draft.documentId).map((e) => e.id));
  const mentioned = new Set(draft.known.map((m) => m.entityId));
  const curatedKnown = curated.filter((e) => known.has(e.id));
  const curatedNew = curated.filter((e) => !known.has(e.id));

  const matches = new Map<string, string>();
  for (const p of draft.entities) {
    const hit = curatedNew.find((c) => sameThing(p, c, draft.documentId));
    if (hit) matches.set(p.id, hit.id);
  }
  const matchedCurated = new Set(matches.values());
  const resolve = (id: string): string => matches.get(id) ?? id;
  const curatedRelations = graph.relations.filter(inDoc);
  const relationKey = (r: Pick<Relation, 'type' | 'from' | 'to'>): string =>
    `${r.type} ${r.from} ${r.to}`;
  const curatedKeys = new Set(curatedRelations.map(relationKey));
  const proposedKeys = new Set(
    draft.relations.map((r) => relationKey({ ...r, from: resolve(r.from), to: resolve(r.to) })),
  );
  const relationsMatched = [...proposedKeys].filter((k) => curatedKeys.has(k)).length;
  return {
    curatedEntities: curated.length,
    curatedKnown: curatedKnown.length,
    foundKnown: curatedKnown.filter((e) => mentioned.has(e.id)).length,
    curatedNew: curatedNew.length,
    proposedNew: curatedNew.filter((e) => matchedCurated.has(e.id)).length,
    curatedRelations: curatedRelations.length,
    proposedRelationsMatched: relationsMatched,
    proposals: draft.entities.length + draft.relations.length,
    proposalsMatched:
      matches.size +
      draft.relations.filter((r) =>
        curatedKeys.has(relationKey({ ...r, from: resolve(r.from), to: resolve(r.to) })),
      ).length,
    matches,
  };
}

/** Same kind, a name that contains or is contained in a curated name, and an overlapping line. */
function sameThing(p: ProposedEntity, c: Entity, documentId: string): boolean {
  if (p.kind !== c.kind) return false;
  const name = squashForQuote(p.nameJa);
  const names = [c.nameJa, ...c.aliases].map(squashForQuote);
  if (
    !names.some((n) => n === name || (name.length >= 4 && (n.includes(name) || name.includes(n))))
  ) {
    return false;
  }
  const lines = p.sources.map((s) => s.lineStart);
  return c.sources.some(
    (s) =>
      s.documentId === documentId && lines.some((l) => l >= s.lineStart - 1 && l <= s.lineEnd + 1),
  );
}
