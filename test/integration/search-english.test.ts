import { seededServer, type SeededServer } from '../helpers/seeded-server';

/** Search that understands English and stays excellent in Japanese (issue 12 item 8). */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

interface Hit {
  score: number;
  matchedText: string;
  entity: {
    id: string;
    kind: string;
    nameJa: string;
    nameEn: string | null;
    aliases: string[];
    subtype: string | null;
    description: string | null;
  };
}

const search = async (text: string, first = 10): Promise<Hit[]> => {
  const result = await server.run(
    `query($text: String!, $first: Int) { search(text: $text, first: $first) {
      score matchedText entity { id kind nameJa nameEn aliases subtype description } } }`,
    { text, first },
  );
  expect(result.errors).toBeUndefined();
  return result.data.search as Hit[];
};
const ids = (hits: Hit[]) => hits.map((h) => h.entity.id);
const textOf = (hit: Hit) =>
  [
    hit.entity.nameJa,
    hit.entity.nameEn,
    ...hit.entity.aliases,
    hit.entity.subtype,
    hit.entity.description,
  ].join(' ');

test('every hyphen and dash variant finds the same framework', async () => {
  for (const text of [
    'Japan-US Alliance',
    'Japan US Alliance',
    'Japan–US Alliance',
    'Japan—US alliance',
    'japan‐us alliance',
  ]) {
    const hits = await search(text);
    expect([text, hits[0]?.entity.id]).toEqual([text, 'framework-japan-us-alliance']);
    expect(hits[0].score).toBe(1);
  }
});

test.each([
  ['KPI', 'stockpile'],
  ['DPA', 'hosted payload'],
  ['CMA', 'domestic manufacturing'],
])('%s matches at word boundaries, never inside "%s"', async (acronym, phrase) => {
  const hits = await search(acronym, 20);
  expect(hits.length).toBeGreaterThan(0);
  const word = new RegExp(`(^|[^A-Za-z])${acronym}s?([^A-Za-z]|$)`, 'i');
  for (const hit of hits) {
    expect([hit.entity.id, word.test(textOf(hit))]).toEqual([hit.entity.id, true]);
  }
  // The phrase itself still finds its own entities, which the acronym did not.
  const phraseHits = await search(phrase, 20);
  expect(phraseHits.length).toBeGreaterThan(0);
  const acronymIds = new Set(ids(hits));
  expect(phraseHits.filter((h) => !word.test(textOf(h)) && acronymIds.has(h.entity.id))).toEqual(
    [],
  );
});

test('KPI finds the strategy KPIs (subtype kpi), and KPIs finds the same', async () => {
  const singular = await search('KPI');
  expect(ids(singular)).toContain('strategy-ts2026-kpi-trade-services-exports');
  expect(ids(await search('KPIs'))).toEqual(ids(singular));
});

describe('multi-word queries match every word, in any order, lightly normalised', () => {
  test('steel tariffs', async () => {
    const hits = await search('steel tariffs');
    expect(ids(hits.slice(0, 5))).toContain('measure-us-section-232-steel-aluminum-tariffs');
    for (const hit of hits.slice(0, 3)) expect(textOf(hit)).toMatch(/steel/i);
    expect(ids(await search('tariffs steel')).slice(0, 5)).toContain(
      'measure-us-section-232-steel-aluminum-tariffs',
    );
  });

  test('Japan US summit: the Japan–US summit meetings come first', async () => {
    const hits = await search('Japan US summit', 5);
    expect(hits.length).toBe(5);
    for (const hit of hits) {
      expect(hit.entity.kind).toBe('MEETING');
      expect(hit.entity.nameEn).toMatch(/Japan[–-]US Summit/i);
    }
    expect(ids(await search('summit Japan–U.S.', 5)).sort()).toEqual(ids(hits).sort());
  });

  test("driver's license and driver's licence find the driver's licence memoranda", async () => {
    for (const text of [
      "driver's license",
      "driver's licence",
      'drivers license',
      'license driver',
    ]) {
      const hits = await search(text, 3);
      expect([text, ids(hits)]).toEqual([
        text,
        expect.arrayContaining(['framework-japan-us-states-driver-license-test-exemption']),
      ]);
    }
  });

  test('Biden visit finds the visit before the man', async () => {
    const hits = await search('Biden visit');
    expect(hits[0].entity.id).toBe('meeting-2022-05-22-biden-visit-japan');
    expect(ids(hits)).not.toContain('person-biden-joe');
  });

  test('U.S. and US fold alike', async () => {
    expect(ids(await search('U.S. Section 232'))).toEqual(ids(await search('US Section 232')));
    expect(ids(await search('U.S. Section 232'))[0]).toBe(
      'measure-us-section-232-steel-aluminum-tariffs',
    );
  });
});

test('a person outranks things named after them', async () => {
  for (const text of ['Kishida', '岸田', 'kishida']) {
    const hits = ids(await search(text));
    expect([text, hits[0]]).toEqual([text, 'person-kishida-fumio']);
    expect(hits).toContain('org-kishida-cabinet');
    expect(hits.indexOf('person-kishida-fumio')).toBeLessThan(hits.indexOf('org-kishida-cabinet'));
  }
});

test('an exact acronym outranks names that merely start with it', async () => {
  const hits = await search('POW');
  expect(hits[0].entity.id).toBe('measure-pow-invitation');
  expect(hits[0].matchedText).toMatch(/POW/);
  const powerr = hits.find((h) => h.entity.id === 'framework-powerr-asia');
  expect(powerr).toBeDefined();
  expect(powerr!.score).toBeLessThan(hits[0].score);
  expect((await search('CMA'))[0].entity.id).toBe('framework-japan-us-critical-minerals-agreement');
});

test('half-width katakana ｼﾞｭｰｾﾌﾟ finds JUSEP, read aloud', async () => {
  const hits = await search('ｼﾞｭｰｾﾌﾟ');
  expect(hits[0].entity.id).toBe('framework-jusep');
  expect(ids(await search('ジューセプ'))[0]).toBe('framework-jusep');
});

describe('the loose full-text tier keeps unrelated hits out', () => {
  test('テネシー州 finds Tennessee, not Indonesia', async () => {
    const hits = await search('テネシー州', 20);
    expect(hits[0].entity.id).toBe('place-tennessee');
    expect(ids(hits)).not.toContain('country-id');
    for (const hit of hits) expect(textOf(hit)).toMatch(/テネシ/);
  });

  test('マンスフィールド finds the Mansfield programme, not Trudeau', async () => {
    const hits = await search('マンスフィールド', 20);
    expect(hits[0].entity.nameJa).toMatch(/マンスフィールド/);
    expect(ids(hits)).not.toContain('person-trudeau-justin');
    for (const hit of hits) expect(textOf(hit)).toMatch(/マンスフィールド/);
  });

  test('a Japanese phrase with most of its bigrams still finds its entity, below name matches', async () => {
    const hits = await search('日米戦略エネルギー協力');
    expect(ids(hits)).toContain('framework-jusep');
    const jusep = hits.find((h) => h.entity.id === 'framework-jusep')!;
    expect(jusep.score).toBeLessThanOrEqual(0.5);
  });
});
