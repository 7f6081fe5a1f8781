import { seededServer, type SeededServer } from '../helpers/seeded-server';

/** Search the way Japanese and English users type, against the real seed graph. */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

const top = async (text: string, kinds?: string[]) => {
  const result = await server.run(
    'query($text: String!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds, first: 5) { score matchedText entity { id kind } } }',
    { text, kinds },
  );
  expect(result.errors).toBeUndefined();
  return result.data.search as Array<{
    score: number;
    matchedText: string;
    entity: { id: string; kind: string };
  }>;
};

test.each([
  ['ＩＰＥＦ', 'framework-ipef'],
  ['ipef', 'framework-ipef'],
  ['IPEF', 'framework-ipef'],
  ['インド太平洋経済枠組み', 'framework-ipef'],
  ['経済版「２＋２」', 'framework-economic-2plus2'],
  ['経済版2+2', 'framework-economic-2plus2'],
  ['JUCEP', 'framework-jucep'],
  ['CoRe', 'framework-core-partnership'],
])('%s finds %s first, as an exact alias match', async (text, id) => {
  const hits = await top(text);
  expect(hits[0].entity.id).toBe(id);
  expect(hits[0].score).toBe(1);
  expect(hits[0].matchedText).toBeTruthy();
});

test('Economic 2+2 in English finds the Economic "2+2"', async () => {
  const hits = await top('Economic 2+2');
  expect(hits.map((h) => h.entity.id)).toContain('framework-economic-2plus2');
});

test('katakana variants meet: ヴ and バ, long-vowel marks, middle dots', async () => {
  const grunt = await top('バイデン');
  const variant = await top('ヴァイデン');
  expect(variant[0].entity.id).toBe(grunt[0].entity.id);
  expect(grunt[0].entity.id).toBe('person-biden-joe');
});

test('kinds filter the hits', async () => {
  const hits = await top('日米', ['MEETING']);
  expect(hits.length).toBeGreaterThan(0);
  expect(hits.every((h) => h.entity.kind === 'MEETING')).toBe(true);
});

test('a prefix suggests while the user types', async () => {
  const hits = await top('インド太平');
  expect(hits.map((h) => h.entity.id)).toContain('framework-ipef');
  expect(hits[0].score).toBeLessThan(1);
});

test('text only the index can match still finds something ranked below name matches', async () => {
  const hits = await top('太平洋経済');
  expect(hits.map((h) => h.entity.id)).toContain('framework-ipef');
});

test('Cypher-looking, empty and very long text is just text', async () => {
  expect(await top("') MATCH (n) DETACH DELETE n //")).toEqual([]);
  expect(await top('   ')).toEqual([]);
  const long = await server.run('query($t: String!) { search(text: $t) { score } }', {
    t: 'あ'.repeat(500),
  });
  expect(long.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
  const stats = await server.run('{ stats { entities } }');
  expect(stats.data.stats.entities).toBeGreaterThan(1000);
});
