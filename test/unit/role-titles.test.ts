import { englishTitle } from '../../src/domain/role-titles';
import { edgeLabel, explainPath } from '../../src/services/explanation';
import type { EntityRecord, RelationRecord } from '../../src/services/records';
import { buildSeedGraph } from '../../src/ingest/seed-graph';

const entity = (id: string, nameJa: string, nameEn: string): EntityRecord => ({
  id,
  kind: 'person',
  subtype: null,
  nameJa,
  nameEn,
  aliases: [],
  date: null,
  dateEnd: null,
  description: null,
  props: {},
});
const relation = (over: Partial<RelationRecord>): RelationRecord => ({
  id: 'r',
  type: 'ATTENDED',
  from: 'person-kishida-fumio',
  to: 'meeting-x',
  capacity: null,
  title: null,
  validFrom: null,
  validTo: null,
  note: null,
  props: {},
  sources: [],
  ...over,
});
const names = new Map([
  ['person-kishida-fumio', entity('person-kishida-fumio', '岸田文雄', 'Kishida Fumio')],
  ['meeting-x', entity('meeting-x', '日米首脳会談', 'Japan–US summit')],
  ['country-jp', entity('country-jp', '日本', 'Japan')],
]);
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

test('an English explanation gives the title in English: "attended … as Prime Minister"', () => {
  const text = explainPath([relation({ capacity: '内閣総理大臣' })], names, 'en');
  expect(text).toBe('Kishida Fumio attended Japan–US summit as Prime Minister.');
  const held = explainPath(
    [relation({ type: 'HOLDS_ROLE', to: 'country-jp', title: '内閣総理大臣（表敬）' })],
    names,
    'en',
  );
  expect(held).toBe('Kishida Fumio is Prime Minister (courtesy call) of Japan.');
});

test('the Japanese explanation keeps the document’s title', () => {
  expect(explainPath([relation({ capacity: '内閣総理大臣' })], names, 'ja')).toBe(
    '岸田文雄は日米首脳会談に出席した（内閣総理大臣として）。',
  );
});

test('edge labels carry the English title', () => {
  expect(edgeLabel(relation({ capacity: '外務大臣政務官' }))).toBe(
    'attended (Parliamentary Vice-Minister for Foreign Affairs)',
  );
});

test('every title the seed graph uses has an English form without Japanese in it', () => {
  const titles = new Set(
    buildSeedGraph().relations.flatMap((r) => [r.capacity, r.title].filter((t) => t !== undefined)),
  );
  expect(titles.size).toBeGreaterThan(50);
  const missing = [...titles].filter((t) => {
    const en = englishTitle(t);
    return en === null || JAPANESE.test(en);
  });
  expect(missing).toEqual([]);
});
