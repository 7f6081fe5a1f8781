import type { Entity, Relation } from '../../src/domain/entity';
import { RETIRED_IDS } from '../../src/domain/retired-ids';
import { datesAgree, findProbableDuplicateMeetings } from '../../src/ingest/duplicate-meetings';
import { buildSeedGraph } from '../../src/ingest/seed-graph';

const meeting = (id: string, nameJa: string, date: string, props = {}): Entity => ({
  id,
  kind: 'meeting',
  nameJa,
  aliases: [],
  date,
  props,
  sources: [],
});
const attended = (from: string, to: string): Relation => ({
  id: `${from}--ATTENDED--${to}`,
  type: 'ATTENDED',
  from,
  to,
  props: {},
  sources: [],
});

describe('the probable-duplicate-meeting detector', () => {
  const summit = meeting('meeting-a', '日米首脳会談（2022年1月21日）', '2022-01-21');
  const video = meeting('meeting-b', '日米首脳テレビ会談（令和４年１月）', '2022-01');
  const both = (id: string) => [
    attended('person-kishida-fumio', id),
    attended('person-biden-joe', id),
  ];

  test('dates agree at the precision each gives', () => {
    expect(datesAgree('2022-01', '2022-01-21')).toBe(true);
    expect(datesAgree('2022-01-20', '2022-01-21')).toBe(false);
    expect(datesAgree('2022', '2023-01')).toBe(false);
  });

  test('finds a month-dated and a day-dated meeting with the same two leaders', () => {
    const found = findProbableDuplicateMeetings([summit, video], [...both('meeting-a'), ...both('meeting-b')]);
    expect(found).toEqual([
      {
        ids: ['meeting-a', 'meeting-b'],
        reasons: ['both attended by person-kishida-fumio, person-biden-joe'],
      },
    ]);
  });

  test('finds two meetings of one name on one day even without participants', () => {
    const a = meeting('meeting-a', '日米首脳テレビ会談（2022年1月21日）', '2022-01-21');
    const b = meeting('meeting-b', '日米首脳テレビ会談', '2022-01-21');
    expect(findProbableDuplicateMeetings([a, b], [])).toHaveLength(1);
  });

  test('leaves out meetings on other days, meetings the graph relates, and pairs judged distinct', () => {
    const other = meeting('meeting-c', '日米首脳会談', '2022-01-20');
    expect(findProbableDuplicateMeetings([summit, other], [...both('meeting-a'), ...both('meeting-c')])).toEqual([]);
    const partOf: Relation = { ...attended('meeting-a', 'meeting-b'), type: 'PART_OF' };
    expect(
      findProbableDuplicateMeetings([summit, video], [...both('meeting-a'), ...both('meeting-b'), partOf]),
    ).toEqual([]);
    const judged = { ...video, props: { distinctFrom: ['meeting-a'] } };
    expect(findProbableDuplicateMeetings([summit, judged], [...both('meeting-a'), ...both('meeting-b')])).toEqual([]);
  });
});

describe('the committed seeds', () => {
  const graph = buildSeedGraph();
  const byId = new Map(graph.entities.map((e) => [e.id, e]));

  test('hold no probable duplicate meetings', () => {
    expect(graph.probableDuplicateMeetings).toEqual([]);
  });

  test('hold the 21 January 2022 summit once, with the sources of both former records', () => {
    const summit = byId.get('meeting-2022-01-21-japan-us-summit');
    expect(summit?.date).toBe('2022-01-21');
    const documents = new Set(summit?.sources.map((s) => s.documentId));
    expect(documents).toEqual(new Set(['meti-us-chapter-2022', 'mofa-north-america-evaluation-fy2023']));
    expect(byId.has('meeting-2022-01-japan-us-summit-video')).toBe(false);
  });

  test('no id names a more precise date than its entity has', () => {
    const claims = graph.entities.flatMap((e) => {
      const claimed = /^[a-z]+-(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=-|$)/.exec(e.id)?.[1];
      return claimed && !e.date?.startsWith(claimed) ? [`${e.id} (${e.date})`] : [];
    });
    expect(claims).toEqual([]);
    expect(byId.get('meeting-2022-07-economic-2plus2-first')?.date).toBe('2022-07');
  });

  test('every retired id is gone and its survivor is present', () => {
    for (const [retired, { survivor }] of RETIRED_IDS) {
      expect(byId.has(retired)).toBe(false);
      expect(byId.has(survivor)).toBe(true);
    }
  });
});
