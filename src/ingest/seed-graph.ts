import { join } from 'node:path';
import type { Entity, Relation } from '../domain/entity';
import { documentEntity } from './document-entity';
import { readDocuments, type SourceDocument } from './documents';
import { DEFAULT_SEEDS_DIR } from './seeds-dir';
import { sourcesAboutAnotherDate } from './date-citations';
import { findProbableDuplicateMeetings, type ProbableDuplicate } from './duplicate-meetings';
import { mergeSeedFiles, type MergeReport } from './merge';
import { graphVersion, type GraphVersion } from './graph-version';
import { buildMentionIndex, type Mention } from './mentions';
import { listSeedFiles, parseSeedFile, type SeedEntity } from './seed-files';
import type { SeedProblem } from './seed-problem';
import { validateGraph } from './validate';

/** The curated graph, validated and ready to load. */
export interface SeedGraph {
  documents: SourceDocument[];
  entities: Entity[];
  relations: Relation[];
  mentions: Mention[];
  problems: SeedProblem[];
  mergeReport: MergeReport;
  /** Meetings that are probably one (`seeds:check --report` lists them); curated to none. */
  probableDuplicateMeetings: ProbableDuplicate[];
  /** Meeting sources whose quote is dated otherwise (`seeds:check --report`), to review by hand. */
  otherlyDatedSources: ReturnType<typeof sourcesAboutAnotherDate>;
  fileCount: number;
  /** The citable version (fingerprint and day of last change); absent in hand-built test graphs. */
  version?: GraphVersion;
}

/**
 * Reads the documents and every seed file, merges sections, adds one entity per document and
 * validates the whole. Problems are returned, not thrown: callers decide whether to stop.
 */
export function buildSeedGraph(seedsDir: string = DEFAULT_SEEDS_DIR): SeedGraph {
  const rootDir = join(seedsDir, '..');
  const problems: SeedProblem[] = [];
  const { documents, problems: documentProblems } = readDocuments(join(seedsDir, 'documents'));
  for (const p of documentProblems) {
    problems.push({
      file: `seeds/documents/manifest.yaml`,
      record: p.documentId,
      message: p.message,
    });
  }
  const files = listSeedFiles(join(seedsDir, 'graph')).map((path) =>
    parseSeedFile(path, rootDir, problems),
  );
  const { entities, relations, report } = mergeSeedFiles(files, problems);
  const allEntities: SeedEntity[] = [
    ...documents.map((d) => ({
      ...documentEntity(d),
      origins: [{ file: 'seeds/documents/manifest.yaml', record: d.id }],
    })),
    ...entities,
  ];
  validateGraph(allEntities, relations, documents, problems);
  const mentions = buildMentionIndex(allEntities, documents);
  const finalEntities = allEntities.map(stripOrigins);
  const finalRelations = relations.map(stripOrigins);
  return {
    documents,
    entities: finalEntities,
    relations: finalRelations,
    mentions,
    problems,
    mergeReport: report,
    probableDuplicateMeetings: findProbableDuplicateMeetings(allEntities, relations),
    otherlyDatedSources: sourcesAboutAnotherDate(allEntities, documents),
    fileCount: files.length,
    version: graphVersion(seedsDir, documents, finalEntities, finalRelations),
  };
}

function stripOrigins<T extends { origins: unknown }>(record: T): Omit<T, 'origins'> {
  const { origins: _origins, ...rest } = record;
  return rest;
}
