import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildKizunaSchema } from './schema';

/** The SDL, sorted so that the committed file changes only when the API does. */
export function printKizunaSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildKizunaSchema()))}\n`;
}
