import { romajiVariants, searchKey, searchWords } from '../../src/domain/text';
import type { EntityRecord } from '../../src/services/records';
import { compareHits, prepareQuery, rankEntity, SCORE } from '../../src/services/search-ranking';

const entity = (id: string, nameEn: string, extra: Partial<EntityRecord> = {}): EntityRecord => ({
  id,
  kind: 'framework',
  subtype: null,
  nameJa: nameEn,
  nameEn,
  aliases: [],
  date: null,
  dateEnd: null,
  description: null,
  props: {},
  ...extra,
});
const score = (text: string, e: EntityRecord) => rankEntity(e, prepareQuery(text))?.score ?? 0;

test('dashes, dots, possessives and British spellings fold alike', () => {
  const alliance = searchWords('Japan-US Alliance');
  for (const variant of [
    'Japan–US Alliance',
    'Japan—US alliance',
    'JAPAN US ALLIANCE',
    'Japan−U.S. Alliance',
  ]) {
    expect(searchWords(variant)).toBe(alliance);
  }
  expect(searchWords("driver's licence")).toBe(searchWords('Driver’s License'));
  expect(searchWords('U.S.')).toBe('us');
  expect(searchKey('テネシー州')).toBe(searchKey('テネシ―州'));
});

test('katakana read aloud becomes Latin letters: ジューセプ → jusep', () => {
  expect(romajiVariants(searchKey('ｼﾞｭｰｾﾌﾟ'))).toContain('jusep');
  expect(romajiVariants(searchKey('キャンプ'))).toContain('kyanp');
  expect(romajiVariants('日米')).toEqual([]);
});

test('Latin queries match at word starts only', () => {
  expect(score('KPI', entity('a', 'Strategic stockpile'))).toBe(0);
  expect(score('DPA', entity('a', 'Hosted payload'))).toBe(0);
  expect(score('CMA', entity('a', 'Domestic manufacturing'))).toBe(0);
  expect(score('DPA', entity('a', 'DPA action group'))).toBe(SCORE.wordPrefix);
  expect(score('stock', entity('a', 'Strategic stockpile'))).toBe(SCORE.partialInfix);
});

test('Japanese queries match anywhere in a name', () => {
  expect(score('太平洋経済', entity('a', 'インド太平洋経済枠組み'))).toBe(SCORE.wordInfix);
});

test('tiers: exact over prefix over words in any order over description', () => {
  const pow = entity('pow', 'POW invitation', { aliases: ['POW'] });
  const powerr = entity('powerr', 'POWERR Asia');
  expect(score('pow', pow)).toBe(SCORE.exact);
  expect(score('pow', powerr)).toBe(SCORE.partialPrefix);
  const tariffs = entity('t', 'Section 232 tariffs on steel');
  expect(score('steel tariffs', tariffs)).toBe(SCORE.allWordsInNames);
  const described = entity('d', 'Section 232', { description: 'Additional tariffs on steel' });
  expect(score('steel tariff', described)).toBe(SCORE.allWords);
  expect(score('steel tariffs copper', described)).toBe(0);
});

test('short words match whole words in descriptions: "us" is not "use"', () => {
  const e = entity('a', 'Summit', { description: 'They agreed to use the Japan channel' });
  expect(score('Japan US summit', e)).toBe(0);
  expect(score('Japan US summit', entity('b', 'Summit', { description: 'Japan and the US' }))).toBe(
    SCORE.allWords,
  );
});

test('a person comes before what is named after them at the same score', () => {
  const person = entity('person-k', 'Kishida Fumio', { kind: 'person' });
  const cabinet = entity('org-k', 'Kishida Cabinet', { kind: 'organization' });
  const query = prepareQuery('Kishida');
  const hits = [rankEntity(cabinet, query)!, rankEntity(person, query)!].sort(compareHits);
  expect(hits.map((h) => h.entity.id)).toEqual(['person-k', 'org-k']);
});

test('loose matches need most of a Japanese query; Latin words must all be there', () => {
  expect(score('テネシー州', entity('id', 'インドネシア'))).toBe(0);
  expect(score('マンスフィールド', entity('ca', 'トルドー'))).toBe(0);
  expect(score('match delete', entity('m', 'Business matching events'))).toBe(0);
});
