import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildSeedGraph } from '../../src/ingest/seed-graph';
import { formatProblem } from '../../src/ingest/seed-problem';

const SEEDS = join(__dirname, '../../seeds');

test('the committed seed graph passes every check', () => {
  const graph = buildSeedGraph(SEEDS);
  expect(graph.problems.map(formatProblem)).toEqual([]);
  expect(graph.entities.length).toBeGreaterThan(1000);
  expect(graph.relations.length).toBeGreaterThan(2000);
});

describe('a corrupted seed file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-seeds-'));
    cpSync(join(SEEDS, 'documents'), join(dir, 'documents'), { recursive: true });
    mkdirSync(join(dir, 'graph', 'meti-us-chapter-2022'), { recursive: true });
    writeFileSync(
      join(dir, 'graph', 'meti-us-chapter-2022', '01-broken.yaml'),
      `section: 'test'
document: meti-us-chapter-2022
entities:
  - id: meeting-2021-04-16-japan-us-summit
    kind: meeting
    nameJa: 日米首脳会談
    date: '2021-02-30'
    sources: [{ lines: 47, quote: 日米首脳会談（4月 16 日） }]
  - id: country-us
    kind: country
    nameJa: 米国
    sources: [{ lines: 47, quote: この文は文書にない }]
relations:
  - type: ATTENDED
    from: person-nobody
    to: meeting-2021-04-16-japan-us-summit
    sources: [{ lines: 48, quote: 菅前総理大臣は }]
  - type: HELD_IN
    from: meeting-2021-04-16-japan-us-summit
    to: country-us
    sources: [{ lines: [48, 49], quote: 米国を訪問し }]
  - type: HELD_IN
    from: meeting-2021-04-16-japan-us-summit
    to: country-us
    sources: [{ lines: [48, 49], quote: 米国を訪問し }]
`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reports the bad quote, the dangling reference, the invalid date and the repeated id, each with its location, in one run', () => {
    const problems = buildSeedGraph(dir).problems.map(formatProblem);
    const file = `${basename(dir)}/graph/meti-us-chapter-2022/01-broken.yaml`;
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file}: entities[0] meeting-2021-04-16-japan-us-summit: date "2021-02-30" is not a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)`,
        `${file}: entities[1] country-us: source meti-us-chapter-2022:47-47: quote "この文は文書にない" is not in these lines`,
        `${file}: relations[0] person-nobody--ATTENDED--meeting-2021-04-16-japan-us-summit: from "person-nobody" is not a defined entity`,
        `${file}: relations[2] meeting-2021-04-16-japan-us-summit--HELD_IN--country-us: id meeting-2021-04-16-japan-us-summit--HELD_IN--country-us appears more than once in this file`,
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  test('a changed document is detected by its SHA-256', () => {
    writeFileSync(join(dir, 'documents', 'trade-strategy-2026.txt'), 'changed\n');
    const problems = buildSeedGraph(dir).problems.map(formatProblem);
    expect(problems.some((p) => p.includes('trade-strategy-2026') && p.includes('SHA-256'))).toBe(true);
  });
});
