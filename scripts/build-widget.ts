import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/**
 * Bundles the widget (src/widget/index.ts → dist/widget/kizuna-graph.js), the explorer page's
 * script (→ dist/widget/explorer.js) and the GraphiQL page (→ graphiql.js and graphiql.css, React
 * and GraphiQL included, so the IDE loads nothing from a CDN): one self-contained IIFE each,
 * minified, for evergreen browsers. Files are written to a temporary name and renamed, so a
 * running server never serves half a file. Prints each file's raw and gzip size and the time taken.
 */
const ROOT = join(__dirname, '..');
const OUT_DIR = join(ROOT, 'dist', 'widget');

const ENTRIES = [
  { entry: 'src/widget/index.ts', out: 'kizuna-graph.js' },
  { entry: 'src/widget/explorer/explorer.page.ts', out: 'explorer.js' },
  { entry: 'src/widget/graphiql/graphiql.page.ts', out: 'graphiql.js' },
];

/**
 * GraphiQL's stylesheet inlines Roboto and Fira Code as 34 base64 @font-face rules (about 370 KiB
 * of its 400); without them the IDE uses the system's sans-serif and monospace fonts, which its
 * own font stacks already fall back to.
 */
const withoutInlinedFonts: Plugin = {
  name: 'graphiql-without-inlined-fonts',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /graphiql[\\/]dist[\\/]style\.css$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/@font-face\s*\{[^}]*\}/g, ''),
      loader: 'css',
    }));
  },
};

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const { entry, out } of ENTRIES) {
    const started = performance.now();
    const result = await build({
      entryPoints: [join(ROOT, entry)],
      bundle: true,
      minify: true,
      format: 'iife',
      target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
      platform: 'browser',
      legalComments: 'eof',
      // React reads NODE_ENV to pick its production build (no dev-only checks in the bundle).
      define: { 'process.env.NODE_ENV': '"production"' },
      // An imported stylesheet (GraphiQL's) goes to a .css file beside the script.
      outfile: join(OUT_DIR, out),
      plugins: [withoutInlinedFonts],
      write: false,
      logLevel: 'warning',
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    for (const file of result.outputFiles) {
      const code = file.contents;
      const target = file.path;
      writeFileSync(`${target}.tmp`, code);
      renameSync(`${target}.tmp`, target);
      console.log(
        `${basename(target)}: ${kib(code.byteLength)} raw, ${kib(gzipSync(code, { level: 9 }).byteLength)} gzip (${seconds} s)`,
      );
    }
  }
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
