import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

test('src/graphql/generated/operations.ts is what codegen.yml generates now (run npm run codegen)', () => {
  // `--check` regenerates in memory and exits non-zero when a committed output differs.
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/.bin/graphql-codegen'), '--config', 'codegen.yml', '--check'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(result.stdout + result.stderr).not.toMatch(/Unable|Failed|different/i);
  expect(result.status).toBe(0);
}, 240000);
