/**
 * Facts the relation-focused second reading of MOFA's evaluation (issue 12, item 7) added for
 * lines 1–2283, asserted on the seed graph a user gets: each relation exists, and its source
 * cites the lines that state it.
 */
import type { Relation } from '../../src/domain/entity';
import { readDocuments } from '../../src/ingest/documents';
import { buildSeedGraph } from '../../src/ingest/seed-graph';
import { join } from 'node:path';

const graph = buildSeedGraph();
const { documents } = readDocuments(join(__dirname, '../../seeds/documents'));
const MOFA = 'mofa-north-america-evaluation-fy2023';

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

test('indicator 1-5 takes its figures from the US opinion poll the table cites', () => {
  const r = relation('DATA_SOURCE', 'indicator-mofa-na-1-5', 'statement-us-opinion-poll-on-japan');
  expect(citedAt(r, 1126, 1132, '米国における対日世論調査')).toBe(true);
});

test('the 21 January 2022 summit involves Europe among its like-minded partners', () => {
  const r = relation('INVOLVES', 'meeting-2022-01-21-japan-us-summit', 'region-europe');
  expect(citedAt(r, 582, 586, '欧州などの同志国')).toBe(true);
});

test('the 21 January 2022 summit agreed to the Quad summit Japan would host', () => {
  const r = relation(
    'AGREED_TO_HOLD',
    'meeting-2022-01-21-japan-us-summit',
    'meeting-2022-quad-leaders-meeting-japan',
  );
  expect(citedAt(r, 586, 588, '日米豪印首脳会合を令和４年前半に日本で主催する')).toBe(true);
});

test("indicator 1-1's FY2020 target refers to FOIP and TPP11", () => {
  const target = 'measurement-mofa-na-1-1-fy2020-target';
  expect(citedAt(relation('REFERS_TO', target, 'framework-foip'), 409, 423, '自由で開かれた')).toBe(
    true,
  );
  expect(citedAt(relation('REFERS_TO', target, 'framework-cptpp'), 409, 423, 'TPP11')).toBe(true);
});

test("the Kakehashi programme carries its FY2022 figures, each written in a cited line", () => {
  const kakehashi = graph.entities.find((e) => e.id === 'measure-kakehashi-project-north-america');
  expect(kakehashi?.props).toMatchObject({
    fy2021OnlineParticipants: 1016,
    fy2022InviteesFromUs: 543,
    fy2022InviteesFromCanada: 114,
  });
  const quotes = kakehashi?.sources.map((s) => s.quote).join('\n') ?? '';
  for (const figure of ['1,016 名', '543 名', '114名']) expect(quotes).toContain(figure);
});

test('every props.url of an entity is written in the lines of one of its sources', () => {
  const withUrl = graph.entities.filter((e) => typeof e.props.url === 'string');
  expect(withUrl.map((e) => e.id)).toEqual(
    expect.arrayContaining(['meeting-2022-05-23-japan-us-summit', 'country-ca']),
  );
  for (const entity of withUrl) {
    const written = entity.sources.some((s) => {
      const text = documents
        .find((d) => d.id === s.documentId)
        ?.lines.slice(s.lineStart - 1, s.lineEnd).join('');
      return text?.includes(entity.props.url as string) ?? false;
    });
    expect({ id: entity.id, written }).toEqual({ id: entity.id, written: true });
  }
});
