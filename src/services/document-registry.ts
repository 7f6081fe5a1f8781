import type { SourceDocument } from '../ingest/documents';
import { documentEntity } from '../ingest/document-entity';
import type { EntityRecord } from './records';

/** A document as the API serves it: an entity of kind `document`, with its text at hand. */
export interface DocumentValue extends EntityRecord {
  document: SourceDocument;
}

/**
 * The source documents, held in memory: they are vendored with the code, so titles and lines
 * need no store round trip, whichever store runs.
 */
export class DocumentRegistry {
  private readonly byId: Map<string, SourceDocument>;

  constructor(readonly documents: SourceDocument[]) {
    this.byId = new Map(documents.map((d) => [d.id, d]));
  }

  get(documentOrEntityId: string): SourceDocument | undefined {
    return this.byId.get(documentOrEntityId.replace(/^doc-/, ''));
  }

  /** The document as an entity of kind `document`. */
  asEntity(document: SourceDocument): DocumentValue {
    // The same entity the seed graph holds for the document (ids, names, props), as a record.
    const { id, nameJa, nameEn, date, props } = documentEntity(document);
    return {
      document,
      id,
      kind: 'document',
      subtype: null,
      nameJa,
      nameEn: nameEn ?? null,
      aliases: [],
      date: date ?? null,
      dateEnd: null,
      description: null,
      props,
    };
  }
}
