import type { Entity } from '../domain/entity';
import { ENTITY_KIND_INFO } from '../domain/vocabulary';
import type { SourceDocument } from './documents';

/*
 * The entity each source document is, apart from the seed-graph build so that the running
 * service (src/services/document-registry.ts) can use it without loading the build's validators
 * and YAML parser at every start.
 */

export function documentEntityId(documentId: string): string {
  return `${ENTITY_KIND_INFO.document.idPrefix}${documentId}`;
}

/** Each document is an entity too, cited by its first non-empty line. */
export function documentEntity(document: SourceDocument): Entity {
  const index = document.lines.findIndex((line) => line.trim() !== '');
  return {
    id: documentEntityId(document.id),
    kind: 'document',
    nameJa: document.titleJa,
    nameEn: document.titleEn,
    aliases: [],
    date: document.date,
    props: {
      issuerJa: document.issuerJa,
      issuerEn: document.issuerEn,
      documentKind: document.kind,
    },
    sources: [
      {
        documentId: document.id,
        lineStart: index + 1,
        lineEnd: index + 1,
        quote: document.lines[index].trim(),
        inferred: false,
      },
    ],
  };
}
