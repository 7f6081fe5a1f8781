/**
 * npm run export -- --format <format> --out <file|directory> [view flags]
 *
 *   formats: graphml, csv-nodes, csv-edges, neo4j-nodes, neo4j-relationships, jsonld, turtle;
 *            csv and neo4j write their pair of files into the directory --out names.
 *   view:    (none) the whole graph; --centre <id> [--depth 1-3] [--limit n]; or
 *            --from <id> --to <id> [--maxHops 1-6] [--first n]; with any of them
 *            --relationTypes A,B and --asOf YYYY-MM-DD. The same as GET /export/<format>.
 *
 * Reads the configured store (NEO4J_URI or KIZUNA_DATA_DIR) after loading the seed graph into it
 * when it holds none or an older one, as `npm start` does; with neither, an in-memory store.
 * JSON-LD carries its context inline: there is no service here to publish it.
 */
import 'reflect-metadata';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '../src/config/config';
import { DomainError } from '../src/domain/errors';
import { collectView } from '../src/export/export-view';
import {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  FORMAT_BUNDLES,
  exportFileName,
  isExportFormat,
  type ExportFormatName,
} from '../src/export/formats';
import { parseViewParams, VIEW_PARAMETERS } from '../src/export/view-params';
import { loadSeedGraph } from '../src/ingest/loader';
import { buildSeedGraph } from '../src/ingest/seed-graph';
import { createStore } from '../src/store/create-store';

function usage(message: string): never {
  console.error(`export: ${message}`);
  console.error(
    `usage: npm run export -- --format <${[...EXPORT_FORMAT_NAMES, ...Object.keys(FORMAT_BUNDLES)].join('|')}> --out <path> ` +
      `[--${VIEW_PARAMETERS.join(' <v>] [--')} <v>]`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Record<string, string> {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const name = /^--([A-Za-z]+)$/.exec(argv[i])?.[1];
    const value = argv[i + 1];
    if (!name || value === undefined || value.startsWith('--')) usage(`unexpected ${argv[i]}`);
    flags[name] = value;
    i++;
  }
  return flags;
}

async function main(): Promise<void> {
  const { format, out, ...viewFlags } = parseArgs(process.argv.slice(2));
  if (!format) usage('--format is required');
  if (!out) usage('--out is required');
  const bundle = FORMAT_BUNDLES[format];
  if (!bundle && !isExportFormat(format)) usage(`unknown format ${format}`);
  for (const name of Object.keys(viewFlags)) {
    if (!(VIEW_PARAMETERS as readonly string[]).includes(name)) usage(`unknown flag --${name}`);
  }
  const spec = parseViewParams(viewFlags);

  const config = loadConfig();
  const store = await createStore(config, (message) => console.error(message));
  try {
    if (config.seedOnStart) {
      const graph = buildSeedGraph();
      await loadSeedGraph(store, graph);
    }
    const view = await collectView(store, spec);
    const targets: Array<[ExportFormatName, string]> = bundle
      ? bundle.map((f) => [f, join(out, exportFileName(view, f))])
      : [[format as ExportFormatName, out]];
    if (bundle) mkdirSync(out, { recursive: true });
    for (const [name, path] of targets) {
      const chunks = EXPORT_FORMATS[name].write(view, { contextUrl: null });
      await pipeline(Readable.from(chunks), createWriteStream(path));
      console.log(`wrote ${path}`);
    }
    console.log(
      `${view.description}: ${view.entities.length} entities, ${view.relations.length} relations` +
        `${view.truncated ? ' (truncated)' : ''}; graph version ${view.version?.version ?? 'unknown'}`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof DomainError) console.error(`export: ${error.code}: ${error.message}`);
  else console.error('export failed:', error);
  process.exit(1);
});
