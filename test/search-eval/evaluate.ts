import type { EvalKind, EvalQuery } from './queries';

export interface EvalOutcome {
  query: EvalQuery;
  /** 1-based rank of the expected entity in the first `depth` hits; null when absent. */
  rank: number | null;
  top: string | null;
}

export interface EvalReport {
  queries: number;
  top1: number;
  mrr: number;
  byKind: Record<EvalKind, { queries: number; top1: number; mrr: number }>;
  misses: EvalOutcome[];
}

export const EVAL_DEPTH = 10;

/** Runs every query through `search` (ids best first) and scores where the expected id lands. */
export async function evaluateSearch(
  set: EvalQuery[],
  search: (text: string, first: number) => Promise<string[]>,
): Promise<EvalReport> {
  const outcomes: EvalOutcome[] = [];
  for (const query of set) {
    const ids = await search(query.query, EVAL_DEPTH);
    const index = ids.indexOf(query.expected);
    outcomes.push({ query, rank: index >= 0 ? index + 1 : null, top: ids[0] ?? null });
  }
  const summarise = (list: EvalOutcome[]) => ({
    queries: list.length,
    top1: round(list.filter((o) => o.rank === 1).length / list.length),
    mrr: round(list.reduce((sum, o) => sum + (o.rank ? 1 / o.rank : 0), 0) / list.length),
  });
  const kinds: EvalKind[] = ['name', 'acronym', 'variant', 'phrase'];
  return {
    ...summarise(outcomes),
    byKind: Object.fromEntries(
      kinds.map((kind) => [kind, summarise(outcomes.filter((o) => o.query.kind === kind))]),
    ) as EvalReport['byKind'],
    misses: outcomes.filter((o) => o.rank !== 1),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
