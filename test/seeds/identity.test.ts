import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildSeedGraph } from '../../src/ingest/seed-graph';
import { formatProblem } from '../../src/ingest/seed-problem';

const SEEDS = join(__dirname, '../../seeds');

/** Two sections that hold the same pair with the same type. */
function seedDir(secondRelation: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-identity-'));
  cpSync(join(SEEDS, 'documents'), join(dir, 'documents'), { recursive: true });
  const graph = join(dir, 'graph', 'mofa-north-america-evaluation-fy2023');
  mkdirSync(graph, { recursive: true });
  const person = `  - id: person-yamada
    kind: person
    nameJa: 山田外務大臣政務官
    sources: [{ lines: [1027, 1029], quote: 山田外務大臣政務官表敬 }]
  - id: org-mofa
    kind: organization
    nameJa: 外務省
    sources: [{ lines: 2676, quote: 山田外務副大臣 }]`;
  writeFileSync(
    join(graph, '01-a.yaml'),
    `document: mofa-north-america-evaluation-fy2023
entities:
${person}
relations:
  - { type: HOLDS_ROLE, from: person-yamada, to: org-mofa, title: 外務大臣政務官, sources: [{ lines: [1027, 1029], quote: 山田外務大臣政務官表敬 }] }
`,
  );
  writeFileSync(
    join(graph, '02-b.yaml'),
    `document: mofa-north-america-evaluation-fy2023
entities:
${person}
relations:
${secondRelation}
`,
  );
  return dir;
}

describe('relation identity', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  test('two records of one pair and type that state different titles are reported, never merged', () => {
    const dir = seedDir(
      `  - { type: HOLDS_ROLE, from: person-yamada, to: org-mofa, title: 外務副大臣, sources: [{ lines: 2676, quote: 山田外務副大臣 }] }`,
    );
    dirs.push(dir);
    const graph = buildSeedGraph(dir);
    expect(graph.problems.map(formatProblem)).toEqual([
      `${basename(dir)}/graph/mofa-north-america-evaluation-fy2023/02-b.yaml: relations[0] person-yamada--HOLDS_ROLE--org-mofa: ` +
        `would collapse into the record of ${basename(dir)}/graph/mofa-north-america-evaluation-fy2023/01-a.yaml that states otherwise ` +
        '(title "外務大臣政務官" vs "外務副大臣"): give one a `key` if they are two statements, or make them agree',
    ]);
    expect(graph.mergeReport.collapsingPairs).toHaveLength(1);
    // The first statement keeps its own title and its own quote only.
    const kept = graph.relations.filter((r) => r.type === 'HOLDS_ROLE');
    expect(kept).toHaveLength(1);
    expect(kept[0].title).toBe('外務大臣政務官');
    expect(kept[0].sources.map((s) => s.lineStart)).toEqual([1027]);
  });

  test('a `key` makes the second statement a relation of its own, with its own id', () => {
    const dir = seedDir(
      `  - { type: HOLDS_ROLE, key: state-minister, from: person-yamada, to: org-mofa, title: 外務副大臣, sources: [{ lines: 2676, quote: 山田外務副大臣 }] }`,
    );
    dirs.push(dir);
    const graph = buildSeedGraph(dir);
    expect(graph.problems).toEqual([]);
    const roles = graph.relations
      .filter((r) => r.type === 'HOLDS_ROLE')
      .map((r) => [r.id, r.title, r.sources[0].lineStart]);
    expect(roles).toEqual([
      ['person-yamada--HOLDS_ROLE--org-mofa', '外務大臣政務官', 1027],
      ['person-yamada--HOLDS_ROLE--org-mofa--state-minister', '外務副大臣', 2676],
    ]);
  });

  test('a record that leaves a field out agrees with one that states it, and they merge', () => {
    const dir = seedDir(
      `  - { type: HOLDS_ROLE, from: person-yamada, to: org-mofa, sources: [{ lines: 2676, quote: 山田外務副大臣 }] }`,
    );
    dirs.push(dir);
    const graph = buildSeedGraph(dir);
    expect(graph.problems).toEqual([]);
    const [role] = graph.relations;
    expect(role.title).toBe('外務大臣政務官');
    expect(role.sources).toHaveLength(2);
  });
});

describe('the committed seeds', () => {
  const graph = buildSeedGraph(SEEDS);
  const byId = new Map(graph.entities.map((e) => [e.id, e]));

  test('have no two relation records that would collapse', () => {
    expect(graph.mergeReport.collapsingPairs).toEqual([]);
  });

  test('keep the METI 山田 apart from the MOFA 山田s: no document says they are one person', () => {
    const yamadas = graph.entities.filter((e) => e.kind === 'person' && e.nameJa.startsWith('山田'));
    expect(yamadas.map((e) => e.nameJa).sort()).toEqual([
      '山田外務副大臣',
      '山田外務大臣政務官',
      '山田経産副大臣',
    ]);
    for (const yamada of yamadas) {
      const documents = new Set(yamada.sources.map((s) => s.documentId));
      expect(documents.size).toBe(1);
    }
    expect(byId.has('person-yamada-kenji')).toBe(false);
    // Each MOFA 山田 holds the one title its own lines give.
    const titles = graph.relations
      .filter((r) => r.type === 'HOLDS_ROLE' && r.from.startsWith('person-yamada'))
      .map((r) => `${byId.get(r.from)?.nameJa}: ${r.title}`)
      .sort();
    expect(titles).toEqual([
      '山田外務副大臣: 外務副大臣',
      '山田外務大臣政務官: 外務大臣政務官',
      '山田経産副大臣: 経済産業副大臣',
    ]);
  });
});
