import type { Relation } from '../domain/entity';

/**
 * Relation counts by type, side by side for several versions of the seed graph (git revisions
 * and the working tree), as the markdown table docs/seed-graph.md shows. Counting from the
 * merged graph, not the YAML, so that a relation written in two section files counts once.
 */

export interface CountColumn {
  label: string;
  counts: ReadonlyMap<string, number>;
}

/**
 * How many relations of each type; with `documentId`, only those with at least one source in
 * that document (a relation citing two documents counts in both).
 */
export function relationCountsByType(
  relations: readonly Relation[],
  documentId?: string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const relation of relations) {
    if (documentId && !relation.sources.some((s) => s.documentId === documentId)) continue;
    counts.set(relation.type, (counts.get(relation.type) ?? 0) + 1);
  }
  return counts;
}

const number = (n: number): string => n.toLocaleString('en-US');

/**
 * A markdown table: one row per relation type in `types` or in any column (0 where a column has
 * none), a bold total row, and with exactly two columns a signed change from the first to the
 * second.
 */
export function formatRelationCountTable(
  columns: readonly CountColumn[],
  types: readonly string[] = [],
): string[] {
  const rows = [...new Set([...types, ...columns.flatMap((c) => [...c.counts.keys()])])].sort();
  const withChange = columns.length === 2;
  const header = [
    'relation type',
    ...columns.map((c) => c.label),
    ...(withChange ? ['change'] : []),
  ];
  const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  const change = (before: number, after: number): string =>
    after === before ? '0' : `${after > before ? '+' : '-'}${number(Math.abs(after - before))}`;
  const lines = [row(header), row(header.map((_, i) => (i === 0 ? '---' : '---:')))];
  for (const type of rows) {
    const values = columns.map((c) => c.counts.get(type) ?? 0);
    lines.push(
      row([type, ...values.map(number), ...(withChange ? [change(values[0], values[1])] : [])]),
    );
  }
  const totals = columns.map((c) => [...c.counts.values()].reduce((a, b) => a + b, 0));
  lines.push(
    row([
      '**total**',
      ...totals.map((t) => `**${number(t)}**`),
      ...(withChange ? [`**${change(totals[0], totals[1])}**`] : []),
    ]),
  );
  return lines;
}
