import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root: the nearest folder above this file that holds package.json. Found rather
 * than counted in `..` steps because the same module runs from src/config (tsx, tests) and from
 * dist/src/config (the compiled build), one level deeper.
 */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(__dirname);

/**
 * The folder holding the running code's modules: src/ when TypeScript runs (tsx, jest), dist/src/
 * when compiled JavaScript does, bundled (dist/bundle/main.js, built from dist/src) or not. Caches
 * fingerprint the code found here, so a build and the bundled start agree on what they hash.
 */
export const CODE_ROOT = join(
  PROJECT_ROOT,
  __filename.endsWith('.ts') ? 'src' : join('dist', 'src'),
);
