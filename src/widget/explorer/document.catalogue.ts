import { DocumentCatalogueDocument } from '../../graphql/generated/operations';
import { execute } from '../graphql.client';

/** What a citation says about its document besides the title: who issued it, and when. */
export interface DocumentFacts {
  issuer: string;
  issuerEn: string;
  date: string | null;
}

const catalogue = new Map<string, DocumentFacts>();

/**
 * Loads the documents' issuers and dates once per page (the seed graph has five documents), so
 * that every citation can show them without each operation selecting them on every Source. A
 * failure leaves citations with their title and lines only.
 */
export async function loadDocumentCatalogue(endpoint: string): Promise<void> {
  const { documents } = await execute(endpoint, DocumentCatalogueDocument, {});
  for (const document of documents) {
    catalogue.set(document.id, {
      issuer: document.issuer,
      issuerEn: document.issuerEn,
      date: document.date ?? null,
    });
  }
}

export function documentFacts(id: string): DocumentFacts | undefined {
  return catalogue.get(id);
}
