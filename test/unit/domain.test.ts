import { earliestDay, isFullDate, isPartialDate, latestDay } from '../../src/domain/partial-date';
import { searchKey, squashForQuote } from '../../src/domain/text';
import { ENTITY_KIND_INFO, ENTITY_KINDS, RELATION_TYPES } from '../../src/domain/vocabulary';
import { explainPath } from '../../src/services/explanation';
import type { EntityRecord, RelationRecord } from '../../src/services/records';

test('partial dates of year, month and day precision; invalid calendar dates refused', () => {
  expect(['2021', '2021-04', '2021-04-16', '2024-02-29'].every(isPartialDate)).toBe(true);
  expect(['2021-13', '2021-02-30', '2023-02-29', '21-04', '2021/04'].some(isPartialDate)).toBe(
    false,
  );
  expect(isFullDate('2021-04')).toBe(false);
  expect(earliestDay('2021-04')).toBe('2021-04-01');
  expect(latestDay('2021-02')).toBe('2021-02-28');
  expect(latestDay('2021')).toBe('2021-12-31');
});

test('quotes compare after NFKC with all whitespace removed', () => {
  expect(squashForQuote('日米首脳会談（4月 16 日）')).toBe(squashForQuote('日米首脳会談(4月16日)'));
  expect(squashForQuote('ＩＰＥＦ\n立上げ')).toBe('IPEF立上げ');
});

test('search keys fold width, case, katakana variants and punctuation', () => {
  expect(searchKey('ＩＰＥＦ')).toBe('ipef');
  expect(searchKey('経済版「２＋２」')).toBe(searchKey('経済版2+2'));
  expect(searchKey('ヴァイデン')).toBe(searchKey('バイデン'));
  expect(searchKey('グランホルム・エネルギー長官')).toBe(searchKey('グランホルムエネルギー長官'));
  expect(searchKey('ｶﾀｶﾅ')).toBe('カタカナ');
});

test('every relation type names kinds that exist, and every kind has a distinct id prefix', () => {
  for (const info of Object.values(RELATION_TYPES)) {
    for (const kind of [...info.domain, ...info.range]) expect(ENTITY_KINDS).toContain(kind);
  }
  const prefixes = ENTITY_KINDS.map((k) => ENTITY_KIND_INFO[k].idPrefix);
  expect(new Set(prefixes).size).toBe(prefixes.length);
});

test('a path is explained one sentence per hop, in Japanese or English', () => {
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
  const relation = (
    type: RelationRecord['type'],
    from: string,
    to: string,
    capacity: string | null = null,
  ): RelationRecord => ({
    id: `${from}--${type}--${to}`,
    type,
    from,
    to,
    capacity,
    title: null,
    validFrom: null,
    validTo: null,
    note: null,
    props: {},
    sources: [],
  });
  const names = new Map([
    ['a', entity('a', '梶山', 'Kajiyama')],
    ['m', entity('m', '日米電話会談', 'Japan–US call')],
    ['b', entity('b', 'レモンド', 'Raimondo')],
  ]);
  const hops = [
    relation('ATTENDED', 'a', 'm', '経済産業大臣'),
    relation('ATTENDED', 'b', 'm', '商務長官'),
  ];
  expect(explainPath(hops, names, 'ja')).toBe(
    '梶山は日米電話会談に出席した（経済産業大臣として）。レモンドは日米電話会談に出席した（商務長官として）。',
  );
  expect(explainPath(hops, names, 'en')).toBe(
    'Kajiyama attended Japan–US call as Minister of Economy, Trade and Industry. Raimondo attended Japan–US call as Secretary of Commerce.',
  );
});
