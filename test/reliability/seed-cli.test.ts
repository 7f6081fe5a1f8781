import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { COUNT_BY_KIND } from '../../src/store/cypher/load';
import { ROOT } from '../helpers/service-process';

/**
 * `npm run seed` as an operator runs it, against a copy of the repository whose seed files an
 * operator has broken: the CLI lists every problem, exits non-zero, and the store keeps the
 * graph it had. (A copy, so that the shared seeds/ directory is never touched.)
 */
jest.setTimeout(240000);

let copy: string;
let dataDir: string;
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'kizuna-seed-cli-'));
  for (const entry of ['src', 'scripts', 'seeds', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  dataDir = join(copy, 'data');
});
afterAll(() => {
  rmSync(copy, { recursive: true, force: true });
});

function seed(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'seed'], {
      cwd: copy,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', KIZUNA_DATA_DIR: dataDir },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function countsByKind(): Promise<Record<string, number>> {
  const store = EmbeddedStore.open({ dataDir });
  try {
    const rows = await store.read(COUNT_BY_KIND);
    return Object.fromEntries(rows.map((row) => [String(row.key), Number(row.count)]));
  } finally {
    await store.close();
  }
}

test('an invalid seed file: every problem listed with its file, non-zero exit, store unchanged', async () => {
  const first = await seed();
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/Loaded the seed graph/);
  const before = await countsByKind();
  expect(before.country).toBeGreaterThan(10);

  const file = join(copy, 'seeds/graph/grassroots-action-plan-3/01-title-and-preamble.yaml');
  const broken = readFileSync(file, 'utf8').replace(
    'entities:\n',
    [
      'entities:',
      '- id: org-broken-example',
      '  kind: spaceship',
      '  nameJa: 壊れた例',
      '  sources:',
      '  - {lines: 3, quote: 行動計画}',
      '- id: org-broken-example-two',
      '  kind: organization',
      '  nameJa: 壊れた例その二',
      "  date: '2023-02-30'",
      '  sources:',
      '  - {lines: 3, quote: この文は文書にない}',
      '',
    ].join('\n'),
  );
  writeFileSync(file, broken);

  const second = await seed();
  expect(second.code).not.toBe(0);
  expect(second.stderr).toMatch(
    /seed load failed: INVALID_SEEDS: the seed graph has \d+ problem\(s\); nothing was loaded/,
  );
  const problemLines = second.stderr
    .split('\n')
    .filter((line) => line.includes('01-title-and-preamble.yaml'));
  // Kind, date and quote are each named, so the operator can fix all of them in one pass.
  expect(problemLines.length).toBeGreaterThanOrEqual(3);
  expect(second.stderr).toMatch(/spaceship/);
  expect(second.stderr).not.toMatch(/\n\s+at /);
  expect(await countsByKind()).toEqual(before);
});
