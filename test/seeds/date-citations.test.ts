import type { Entity } from '../../src/domain/entity';
import { readDocuments } from '../../src/ingest/documents';
import {
  datesStatedBy,
  sourcesAboutAnotherDate,
  statesDate,
  undatedCitations,
} from '../../src/ingest/date-citations';
import { buildSeedGraph } from '../../src/ingest/seed-graph';
import { join } from 'node:path';

const { documents } = readDocuments(join(__dirname, '../../seeds/documents'));
const MOFA = 'mofa-north-america-evaluation-fy2023';

const meeting = (date: string, lines: [number, number], quote: string, props = {}): Entity => ({
  id: 'meeting-x',
  kind: 'meeting',
  nameJa: '日米「２＋２」',
  aliases: [],
  date,
  props,
  sources: [{ documentId: MOFA, lineStart: lines[0], lineEnd: lines[1], quote, inferred: false }],
});

test('reads western, 令和 and fiscal-year dates as the lines write them', () => {
  expect(statesDate(datesStatedBy('令和４年１月 21 日、岸田総理大臣は'), '2022-01-21')).toBe(true);
  expect(statesDate(datesStatedBy('2021 年 11 月の日米商務・産業パートナーシップ'), '2021-11')).toBe(true);
  expect(statesDate(datesStatedBy('令和３年度末に立ち上げた'), '2022')).toBe(true);
  expect(statesDate(datesStatedBy('（11月 15 日）'), '2021-11-15')).toBe(false);
});

test('a dated meeting whose lines do not write its date is reported, unless the date is marked inferred', () => {
  const unstated = meeting('2022-01-07', [3124, 3124], '日米「２＋２」');
  expect(undatedCitations([unstated], documents)).toEqual([
    { id: 'meeting-x', field: 'date', date: '2022-01-07' },
  ]);
  const marked = { ...unstated, props: { dateInferred: 'the day is given on line 3356' } };
  expect(undatedCitations([marked], documents)).toEqual([]);
  const stated = meeting('2022-01', [3021, 3021], '令和４年１月の日米「２＋２」');
  expect(undatedCitations([stated], documents)).toEqual([]);
});

test('a meeting cited by a sentence about another date is flagged: the January 2023 2+2 cited for January 2022', () => {
  const flagged = sourcesAboutAnotherDate(
    [meeting('2022-01-07', [3124, 3124], '日米「２＋２」')],
    documents,
  );
  expect(flagged.map((f) => f.written)).toEqual(['令和5年1月']);
});

describe('the committed seeds', () => {
  const graph = buildSeedGraph();
  test('write the date of every dated entity in a source, or mark it inferred', () => {
    expect(undatedCitations(graph.entities, graph.documents)).toEqual([]);
    expect(graph.entities.filter((e) => e.date).length).toBeGreaterThan(200);
  });

  test('cite the January 2022 2+2 only where its own date is written', () => {
    const twoPlusTwo = graph.entities.find((e) => e.id === 'meeting-2022-01-07-japan-us-2plus2');
    expect(twoPlusTwo?.sources.some((s) => s.lineStart === 3124)).toBe(false);
    expect(
      sourcesAboutAnotherDate(graph.entities, graph.documents).filter((f) =>
        f.id.includes('2plus2'),
      ),
    ).toEqual([]);
  });
});
