/**
 * Facts the relation-focused second reading of MOFA's evaluation (issue 12, item 7) added for
 * lines 2284–4786 (field 2's analysis and references, field 3, the FY2023 sheet), asserted on
 * the seed graph a user gets: each relation exists and cites the lines that state it.
 */
import type { Relation } from '../../src/domain/entity';
import { readDocuments } from '../../src/ingest/documents';
import { buildSeedGraph } from '../../src/ingest/seed-graph';
import { join } from 'node:path';

const graph = buildSeedGraph();
const MOFA = 'mofa-north-america-evaluation-fy2023';
const mofa = readDocuments(join(__dirname, '../../seeds/documents')).documents.find(
  (d) => d.id === MOFA,
);

function relation(type: string, from: string, to: string): Relation {
  const found = graph.relations.find((r) => r.type === type && r.from === from && r.to === to);
  if (!found) throw new Error(`no ${type} from ${from} to ${to}`);
  return found;
}

/** The relation has a MOFA source inside [start, end] whose quote contains `words`. */
function citedAt(r: Relation, start: number, end: number, words: string): boolean {
  return r.sources.some(
    (s) =>
      s.documentId === MOFA && s.lineStart >= start && s.lineEnd <= end && s.quote.includes(words),
  );
}

test('every URL the reference lists of fields 2 and 3 give is the props.url of an entity', () => {
  const lines = mofa?.lines ?? [];
  const listed = new Set<string>();
  for (const [from, to] of [
    [2630, 2776],
    [3691, 3762],
  ]) {
    for (const line of lines.slice(from - 1, to)) {
      for (const url of line.match(/https?:\/\/[^\s）)]+/gu) ?? []) listed.add(url);
    }
  }
  expect(listed.size).toBe(34);
  const stored = new Set(graph.entities.map((e) => e.props.url));
  expect([...listed].filter((url) => !stored.has(url))).toEqual([]);
  const twoPlusTwo = graph.entities.find((e) => e.id === 'meeting-2023-01-11-japan-us-2plus2');
  expect(twoPlusTwo?.props.url).toBe('https://www.mofa.go.jp/mofaj/na/fa/page4_005748.html');
});

test("the field 3 reference indicator takes its figures from the US opinion poll it cites", () => {
  const r = relation(
    'DATA_SOURCE',
    'indicator-mofa-na-3-reference',
    'statement-us-opinion-poll-on-japan',
  );
  expect(citedAt(r, 3429, 3431, '米国における対日世論調査')).toBe(true);
  expect(citedAt(r, 4608, 4608, 'ハリス社')).toBe(true);
});

test('fields 2 and 3 sit under the policy goals their evaluation names', () => {
  const field3 = relation('BELONGS_TO', 'measure-mofa-na-field-3', 'measure-mofa-na-goal-1-3');
  expect(citedAt(field3, 3638, 3640, 'との施策目標は妥当であり')).toBe(true);
  const field2 = relation('BELONGS_TO', 'measure-mofa-na-field-2', 'measure-mofa-na-goal-1-2');
  expect(citedAt(field2, 2576, 2582, '施策目標を定めることとする')).toBe(true);
  const revised = relation(
    'BUILDS_ON',
    'measure-mofa-na-goal-2-2',
    'measure-mofa-na-goal-2-2-fy2020-2022',
  );
  expect(citedAt(revised, 2570, 2576, '「協力」が適切である')).toBe(true);
});

test("indicator 3-1's yearly targets refer to the guidelines, the security legislation and the alliance", () => {
  for (const [target, from, to] of [
    ['measurement-mofa-na-3-1-fy2020-target', 2809, 2821],
    ['measurement-mofa-na-3-1-fy2021-target', 2958, 2970],
    ['measurement-mofa-na-3-1-fy2022-target', 3089, 3100],
  ] as const) {
    const guidelines = relation('REFERS_TO', target, 'framework-japan-us-defense-guidelines');
    expect(citedAt(guidelines, from, to, '日米防衛協力のための指針')).toBe(true);
    const legislation = relation('REFERS_TO', target, 'measure-legislation-for-peace-and-security');
    expect(citedAt(legislation, from, to, '平和安全法制')).toBe(true);
    const alliance = relation('REFERS_TO', target, 'framework-japan-us-alliance');
    expect(citedAt(alliance, from, to, '日米同盟の抑止力・対処力')).toBe(true);
  }
});

test("the USFJ children's programme keeps both indicator statements, each noting the other", () => {
  const moved = relation('MEASURES', 'indicator-mofa-na-3-2', 'measure-usfj-children-japanese-program');
  expect(citedAt(moved, 4016, 4018, '測定指標３－２')).toBe(true);
  expect(moved.note).toContain('indicator-mofa-na-1-2');
  for (const indicator of ['indicator-mofa-na-1-2', 'indicator-mofa-na-1-5']) {
    const listed = relation('MEASURES', indicator, 'measure-usfj-children-japanese-program');
    expect(citedAt(listed, 4753, 4775, '1-2 1-5')).toBe(true);
    expect(listed.note).toContain('indicator-mofa-na-3-2');
  }
});

test('the FY2023 means tables relate each programme to the indicators they list', () => {
  const supporters = 'measure-japan-supporters-in-us';
  for (const indicator of ['indicator-mofa-na-1-1', 'indicator-mofa-na-1-2', 'indicator-mofa-na-1-5']) {
    expect(citedAt(relation('MEASURES', indicator, supporters), 4192, 4214, '1-1 1-2 1-5')).toBe(
      true,
    );
  }
  const grassroots = relation('MEASURES', 'indicator-mofa-na-2-1', 'measure-mofa-na-field-2-means-2');
  expect(citedAt(grassroots, 4521, 4539, '235 2-1')).toBe(true);
});
