import { createHash } from 'node:crypto';
import type { Source } from './entity';

/**
 * A source's identity, derived from everything it states (document, lines, quote, inferred,
 * note): the same statement has the same id in every answer and after every reload, and two
 * sources that differ in any field never share one. Normalising caches (Apollo Client, urql's
 * graphcache) key Source objects by it, so no cache ever holds a Source with fields of another.
 */
export function sourceId(source: Omit<Source, 'note'> & { note?: string | null }): string {
  const hash = createHash('sha256')
    .update(
      JSON.stringify([
        source.documentId,
        source.lineStart,
        source.lineEnd,
        source.quote,
        source.inferred,
        source.note ?? null,
      ]),
    )
    .digest('base64url');
  return `src-${hash.slice(0, 22)}`;
}
