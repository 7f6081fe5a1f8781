import { RETIRED_IDS } from '../../src/domain/retired-ids';
import { seededServer, type SeededServer } from '../helpers/seeded-server';

/** Ids are public: links and embedded widgets made before a merge keep working. */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

const SUMMIT_VIDEO = 'meeting-2022-01-japan-us-summit-video';
const SUMMIT = 'meeting-2022-01-21-japan-us-summit';

test('entity(id:) with a retired id answers with the surviving entity', async () => {
  const result = await server.run(`{ entity(id: "${SUMMIT_VIDEO}") { id nameJa date } }`);
  expect(result.errors).toBeUndefined();
  expect(result.data.entity).toEqual({
    id: SUMMIT,
    nameJa: expect.any(String),
    date: '2022-01-21',
  });
});

test('entities(ids:) resolves every retired id to its survivor', async () => {
  const ids = [...RETIRED_IDS.keys()];
  const result = await server.run(`query ($ids: [ID!]!) { entities(ids: $ids) { id } }`, { ids });
  expect(result.errors).toBeUndefined();
  expect(result.data.entities.map((e: { id: string }) => e.id)).toEqual(
    ids.map((id) => RETIRED_IDS.get(id)!.survivor),
  );
});

test('the widget’s neighbourhood query centred on a retired id draws the survivor', async () => {
  const result = await server.run(
    `{ neighborhood(id: "${SUMMIT_VIDEO}") { nodes { id } edges { source target } } }`,
  );
  expect(result.errors).toBeUndefined();
  const nodeIds = result.data.neighborhood.nodes.map((n: { id: string }) => n.id);
  expect(nodeIds).toContain(SUMMIT);
  expect(nodeIds).not.toContain(SUMMIT_VIDEO);
  expect(nodeIds).toEqual(expect.arrayContaining(['person-kishida-fumio', 'person-biden-joe']));
});

test('the 21 January 2022 summit appears once in the timeline of that day', async () => {
  const result = await server.run(
    `{ timeline(from: "2022-01-21", to: "2022-01-21", dateMatch: WITHIN, kinds: [MEETING]) { id nameJa } }`,
  );
  expect(result.errors).toBeUndefined();
  const summits = result.data.timeline.filter((m: { nameJa: string }) =>
    m.nameJa.includes('日米首脳'),
  );
  expect(summits.map((m: { id: string }) => m.id)).toEqual([SUMMIT]);
});
