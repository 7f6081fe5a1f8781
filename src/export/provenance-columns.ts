import type { Source } from '../domain/entity';

/**
 * Sources laid out as columns for the tabular formats (GraphML attributes, CSV): `source_count`,
 * then for each i up to the most sources any row in the view has, `source_<i>_document`,
 * `_line_start`, `_line_end`, `_quote`, `_inferred`, `_note`. A row with fewer sources leaves the
 * rest empty, so every source stays a typed value of its own.
 */
export type ColumnType = 'string' | 'int' | 'boolean';

export interface SourceColumn {
  name: string;
  type: ColumnType;
  value: (sources: readonly Source[]) => string | number | boolean | null;
}

export function maxSourceCount(rows: ReadonlyArray<{ sources: readonly Source[] }>): number {
  return rows.reduce((max, row) => Math.max(max, row.sources.length), 0);
}

export function sourceColumns(count: number): SourceColumn[] {
  const columns: SourceColumn[] = [
    { name: 'source_count', type: 'int', value: (sources) => sources.length },
  ];
  for (let i = 0; i < count; i++) {
    const at = (sources: readonly Source[]): Source | undefined => sources[i];
    const prefix = `source_${i + 1}_`;
    columns.push(
      { name: `${prefix}document`, type: 'string', value: (s) => at(s)?.documentId ?? null },
      { name: `${prefix}line_start`, type: 'int', value: (s) => at(s)?.lineStart ?? null },
      { name: `${prefix}line_end`, type: 'int', value: (s) => at(s)?.lineEnd ?? null },
      { name: `${prefix}quote`, type: 'string', value: (s) => at(s)?.quote ?? null },
      { name: `${prefix}inferred`, type: 'boolean', value: (s) => at(s)?.inferred ?? null },
      { name: `${prefix}note`, type: 'string', value: (s) => at(s)?.note ?? null },
    );
  }
  return columns;
}
