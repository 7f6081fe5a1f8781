import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sha256 } from './sha256';

/** One vendored source document, as described by seeds/documents/manifest.yaml. */
export interface SourceDocument {
  id: string;
  file: string;
  titleJa: string;
  titleEn: string;
  issuerJa: string;
  issuerEn: string;
  /** Partial ISO date of issue. */
  date: string;
  period?: string;
  kind: string;
  sha256: string;
  /** The file's lines; index 0 is line 1. */
  lines: string[];
}

export interface DocumentProblem {
  documentId: string;
  message: string;
}

/**
 * Reads the manifest and every document it lists. A document whose bytes no longer match the
 * manifest's SHA-256 is reported, because every line number in the seeds would be suspect.
 */
export function readDocuments(documentsDir: string): {
  documents: SourceDocument[];
  problems: DocumentProblem[];
} {
  const manifest = parse(readFileSync(join(documentsDir, 'manifest.yaml'), 'utf8')) as {
    documents: Array<Omit<SourceDocument, 'lines'>>;
  };
  const documents: SourceDocument[] = [];
  const problems: DocumentProblem[] = [];
  for (const entry of manifest.documents) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(documentsDir, entry.file));
    } catch {
      problems.push({ documentId: entry.id, message: `file ${entry.file} is missing` });
      continue;
    }
    const actual = sha256(bytes);
    if (actual !== entry.sha256) {
      problems.push({
        documentId: entry.id,
        message: `file ${entry.file} has SHA-256 ${actual}, manifest says ${entry.sha256}: the document changed, so its line numbers cannot be trusted`,
      });
    }
    documents.push({
      ...entry,
      date: String(entry.date),
      lines: bytes.toString('utf8').split('\n'),
    });
  }
  return { documents, problems };
}
