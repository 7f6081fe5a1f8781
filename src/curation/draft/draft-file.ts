import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { sha256 } from '../../ingest/sha256';
import type { Draft } from './draft';

/** Where `npm run draft` writes a document's proposals. */
export function draftFilePath(seedsDir: string, documentId: string): string {
  return join(seedsDir, 'graph', documentId, '90-draft.yaml');
}

/**
 * Copies the document into seeds/documents byte for byte and lists it in the manifest with its
 * SHA-256 (titles and issuer for the curator to complete). An entry already there is kept.
 */
export function vendorDocument(
  seedsDir: string,
  file: string,
  documentId: string,
): { sha256: string; added: boolean } {
  const bytes = readFileSync(file);
  const digest = sha256(bytes);
  const documentsDir = join(seedsDir, 'documents');
  const target = join(documentsDir, `${documentId}.txt`);
  if (!existsSync(target)) copyFileSync(file, target);
  const manifestPath = join(documentsDir, 'manifest.yaml');
  const manifest = parseDocument(readFileSync(manifestPath, 'utf8'));
  const list = manifest.get('documents') as {
    items: Array<{ get(key: string): unknown }>;
    add(v: unknown): void;
  };
  if (list.items.some((item) => item.get('id') === documentId))
    return { sha256: digest, added: false };
  const lines = bytes.toString('utf8').split('\n');
  const title = lines.find((l) => l.trim() !== '')?.trim() ?? documentId;
  const year = /(\d{4})年/.exec(lines.slice(0, 20).join('\n'))?.[1];
  list.add({
    id: documentId,
    file: `${documentId}.txt`,
    upstreamFile: basename(file),
    titleJa: title,
    titleEn: `${title} (English title to be completed by a curator)`,
    issuerJa: '（要確認）',
    issuerEn: 'to be completed by a curator',
    date: year ?? String(new Date().getUTCFullYear()),
    kind: 'draft',
    sha256: digest,
  });
  writeFileSync(manifestPath, manifest.toString());
  return { sha256: digest, added: true };
}

/** The draft as a seed section file: every record `draft: true`, with its pattern in `note`. */
export function draftYaml(draft: Draft, sourceFile: string): string {
  const header = [
    `# Draft proposals for ${draft.documentId}, made by npm run draft from ${basename(sourceFile)}.`,
    '# Every record is a proposal: check its quote against the lines, fix or delete it, then delete',
    '# "draft: true" to accept it. seeds:check refuses this file while any draft record remains.',
    `# Known entities found in the document (mention index): ${summariseKnown(draft)}`,
    `# Dates found: ${
      draft.dates
        .slice(0, 40)
        .map((d) => `${d.value} (line ${d.line})`)
        .join(', ') || 'none'
    }`,
    '',
  ].join('\n');
  const body = {
    section: `Draft: ${draft.entities.length} proposed entities and ${draft.relations.length} proposed relations`,
    document: draft.documentId,
    entities: draft.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      ...(e.subtype ? { subtype: e.subtype } : {}),
      nameJa: e.nameJa,
      ...(e.date ? { date: e.date } : {}),
      ...(e.description ? { description: e.description } : {}),
      ...(Object.keys(e.props).length ? { props: e.props } : {}),
      note: `draft pattern: ${e.pattern}`,
      draft: true,
      sources: e.sources.map((s) => ({ lines: s.lineStart, quote: s.quote })),
    })),
    relations: draft.relations.map((r) => ({
      type: r.type,
      from: r.from,
      to: r.to,
      ...(r.capacity ? { capacity: r.capacity } : {}),
      note: `draft pattern: ${r.pattern}`,
      draft: true,
      sources: r.sources.map((s) => ({ lines: s.lineStart, quote: s.quote })),
    })),
  };
  return header + stringify(body, { lineWidth: 0 });
}

export function writeDraft(seedsDir: string, draft: Draft, sourceFile: string): string {
  const path = draftFilePath(seedsDir, draft.documentId);
  mkdirSync(join(seedsDir, 'graph', draft.documentId), { recursive: true });
  writeFileSync(path, draftYaml(draft, sourceFile));
  return path;
}

function summariseKnown(draft: Draft): string {
  const counts = new Map<string, number>();
  for (const m of draft.known) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const list = [...counts].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ×${n}`);
  return `${counts.size} entities${list.length ? `: ${list.slice(0, 30).join(', ')}${list.length > 30 ? ', …' : ''}` : ''}`;
}
