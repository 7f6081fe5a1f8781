import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Bundles the widget (src/widget/index.ts → dist/widget/kizuna-graph.js) and the explorer page's
 * script (→ dist/widget/explorer.js): one self-contained IIFE each, minified, for evergreen
 * browsers. Files are written to a temporary name and renamed, so a running server never serves
 * half a file. Prints each file's raw and gzip size.
 */
const ROOT = join(__dirname, '..');
const OUT_DIR = join(ROOT, 'dist', 'widget');

const ENTRIES = [
  { entry: 'src/widget/index.ts', out: 'kizuna-graph.js' },
  { entry: 'src/widget/explorer/explorer.page.ts', out: 'explorer.js' },
];

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const { entry, out } of ENTRIES) {
    const result = await build({
      entryPoints: [join(ROOT, entry)],
      bundle: true,
      minify: true,
      format: 'iife',
      target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
      platform: 'browser',
      legalComments: 'eof',
      write: false,
      logLevel: 'warning',
    });
    const code = result.outputFiles[0].contents;
    const target = join(OUT_DIR, out);
    writeFileSync(`${target}.tmp`, code);
    renameSync(`${target}.tmp`, target);
    const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
    console.log(
      `${basename(target)}: ${kib(code.byteLength)} raw, ${kib(gzipSync(code, { level: 9 }).byteLength)} gzip`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
