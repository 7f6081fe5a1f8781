import { seededServer, type SeededServer } from '../helpers/seeded-server';

/**
 * The country view is paginated like relations: `strategy(first, after)` answers one page of the
 * items aimed at the country, in TARGETS relation order, and each item carries the cursor that
 * asks for the items after it (the same cursor its TARGETS relation has in `relations`).
 */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

const PAGE = `query($code: String!, $first: Int, $after: String) {
  country(code: $code) { id strategy(first: $first, after: $after) {
    document { id } items { cursor item { entity { id } } prioritySectors { entity { id } } } } } }`;

interface Item {
  cursor: string;
  item: { entity: { id: string } };
}

const itemsOf = (data: any): Item[] => data.country.strategy.flatMap((g: any) => g.items);

test('paging through the US strategy view ten at a time gives every item of one big page exactly once, one store call a page', async () => {
  const all = await server.run(PAGE, { code: 'US', first: 100 });
  expect(all.errors).toBeUndefined();
  const everything = itemsOf(all.data);
  // The US is the curated graph's most targeted country: more than two pages of 10.
  expect(everything.length).toBeGreaterThan(20);
  expect(everything.length).toBeLessThan(100);

  const paged: Item[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const result = await server.run(PAGE, { code: 'US', first: 10, after });
    expect(result.errors).toBeUndefined();
    expect(result.storeCalls).toBe(1);
    const items = itemsOf(result.data);
    expect(items.length).toBeLessThanOrEqual(10);
    paged.push(...items);
    if (items.length < 10) break;
    // Groups split a page by region and document; the page's last item in TARGETS order is
    // the one with the greatest cursor.
    after = items.map((i) => i.cursor).sort((a, b) => cursorId(a).localeCompare(cursorId(b)))[
      items.length - 1
    ];
  }
  const ids = (list: Item[]) => list.map((i) => i.item.entity.id).sort();
  expect(ids(paged)).toEqual(ids(everything));
  expect(new Set(ids(paged)).size).toBe(paged.length);
});

test('the default page is 20 items, and an item cursor is its TARGETS relation cursor in relations', async () => {
  const result = await server.run(PAGE, { code: 'US' });
  expect(itemsOf(result.data)).toHaveLength(20);
  const relations = await server.run(
    `{ entity(id: "country-us") { relations(types: [TARGETS], direction: IN, first: 100) {
      edges { cursor node { from { id } } } } } }`,
  );
  const cursorOf = new Map(
    relations.data.entity.relations.edges.map((e: any) => [e.node.from.id, e.cursor]),
  );
  for (const item of itemsOf(result.data))
    expect(item.cursor).toBe(cursorOf.get(item.item.entity.id));
});

test('a page size beyond 100 or a cursor this API did not return is refused', async () => {
  const tooMany = await server.run(PAGE, { code: 'US', first: 101 });
  expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(tooMany.errors?.[0]?.message).toMatch(/first must be from 1 to 100; got 101/);
  const badCursor = await server.run(PAGE, { code: 'US', after: 'not-a-cursor' });
  expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

function cursorId(cursor: string): string {
  return Buffer.from(cursor, 'base64url').toString('utf8');
}
