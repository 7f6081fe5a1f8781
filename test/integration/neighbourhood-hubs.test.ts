import 'reflect-metadata';
import type { Entity, Relation } from '../../src/domain/entity';
import { defaultRelationId } from '../../src/domain/entity';
import { loadSeedGraph } from '../../src/ingest/loader';
import type { SeedGraph } from '../../src/ingest/seed-graph';
import {
  neighborhood,
  NEIGHBOURHOOD_WINDOW,
  type Neighborhood,
} from '../../src/services/neighborhood.service';
import { RELATIONS_PAGE } from '../../src/store/cypher/relations';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { seedGraph } from '../helpers/seeded-server';

/**
 * A neighbourhood reads each entity's relations through a window of the first ones its store
 * lists (a hub costs a page, not its degree) and keeps the lowest ids of that window. At an
 * entity with no more relations than the window, that is the exact first page by relation id;
 * at a hub, a bounded answer that does not change from one call to the next.
 */
const NO_FILTER = { types: null, asOf: null };

const drawn = (n: Neighborhood | null) => ({
  nodes: n!.nodeIds,
  edges: n!.edges.map((e) => e.id),
  truncated: n!.truncated,
});

describe('on the curated seed graph', () => {
  let store: EmbeddedStore;
  beforeAll(async () => {
    store = EmbeddedStore.open();
    await loadSeedGraph(store, seedGraph());
  });
  afterAll(async () => {
    await store.close();
  });

  test('every entity has no more relations than the window, so every neighbourhood is exact', () => {
    const degree = new Map<string, number>();
    for (const r of seedGraph().relations) {
      degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
      degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
    }
    const largest = Math.max(...degree.values());
    // country-jp is the best-connected curated entity (173 when the window was chosen).
    expect(largest).toBeGreaterThan(100);
    expect(largest).toBeLessThanOrEqual(NEIGHBOURHOOD_WINDOW);
  });

  test('every relation joins two entities, so pages need no label test on the far end', async () => {
    const [row] = await store.read({
      name: 'test.relationsOffEntities',
      text: 'MATCH (a)-[r]->(b) WHERE NOT a:Entity OR NOT b:Entity RETURN count(r) AS n',
    });
    expect(row.n).toBe(0);
    const [all] = await store.read({
      name: 'test.relations',
      text: 'MATCH ()-[r]->() RETURN count(r) AS n',
    });
    expect(all.n).toBe(seedGraph().relations.length);
  });

  test("Japan's neighbourhood of 20 draws the other ends of its first relations by id", async () => {
    const rows = await store.read(RELATIONS_PAGE.BOTH, {
      ids: ['country-jp'],
      ...NO_FILTER,
      after: null,
      limit: 1000,
    });
    const byId = rows.map((r) => r.relation as { id: string; from: string; to: string });
    expect(byId.length).toBeGreaterThan(100);
    const expected = ['country-jp'];
    for (const r of byId) {
      const other = r.from === 'country-jp' ? r.to : r.from;
      if (!expected.includes(other) && expected.length < 20) expected.push(other);
    }
    const one = await neighborhood(store, 'country-jp', 1, 20, NO_FILTER);
    expect(one!.nodeIds).toEqual(expected);
    expect(one!.truncated).toBe(true);
    // Edges come in relation-id order, all among the drawn nodes.
    const edgeIds = one!.edges.map((e) => e.id);
    expect(edgeIds).toEqual([...edgeIds].sort());
    expect(edgeIds.every((id) => byId.slice(0, 21).some((r) => r.id === id))).toBe(true);
  });
});

describe('around a hub with more relations than the window', () => {
  const HUB = 'framework-hub';
  const SPOKES = NEIGHBOURHOOD_WINDOW + 100;
  const source = { documentId: 'fixture', lineStart: 1, lineEnd: 1, quote: 'hub', inferred: false };
  const entity = (id: string, kind: Entity['kind']): Entity => ({
    id,
    kind,
    nameJa: id,
    aliases: [],
    props: {},
    sources: [source],
  });
  const relation = (type: Relation['type'], from: string, to: string): Relation => ({
    id: defaultRelationId(type, from, to),
    type,
    from,
    to,
    props: {},
    sources: [source],
  });
  const countries = Array.from(
    { length: SPOKES },
    (_, i) => `country-h${String(i).padStart(3, '0')}`,
  );
  const graph: SeedGraph = {
    documents: [],
    entities: [
      entity(HUB, 'framework'),
      entity('meeting-spoke', 'meeting'),
      ...countries.map((id) => entity(id, 'country')),
    ],
    relations: [
      ...countries.map((id) => relation('PARTICIPATES_IN', id, HUB)),
      relation('LAUNCHED', 'meeting-spoke', HUB),
    ],
    mentions: [],
    problems: [],
    mergeReport: { merged: [], renamed: [], possibleDuplicates: [], collapsingPairs: [] },
    probableDuplicateMeetings: [],
    otherlyDatedSources: [],
    fileCount: 0,
  };
  let store: EmbeddedStore;
  beforeAll(async () => {
    store = EmbeddedStore.open();
    await loadSeedGraph(store, graph);
  });
  afterAll(async () => {
    await store.close();
  });

  test('depth 1 is bounded by the limit, in relation-id order, and the same on every call', async () => {
    const first = drawn(await neighborhood(store, HUB, 1, 20, NO_FILTER));
    expect(first.nodes).toHaveLength(20);
    expect(first.nodes[0]).toBe(HUB);
    expect(first.truncated).toBe(true);
    expect(first.edges).toHaveLength(19);
    expect(first.edges).toEqual([...first.edges].sort());
    for (let call = 0; call < 3; call++) {
      expect(drawn(await neighborhood(store, HUB, 1, 20, NO_FILTER))).toEqual(first);
    }
  });

  test('depth 2 through the hub is bounded and stable; a hub that fills hop 1 adds nothing at hop 2', async () => {
    const throughHub = drawn(await neighborhood(store, 'meeting-spoke', 2, 50, NO_FILTER));
    expect(throughHub.nodes.slice(0, 2)).toEqual(['meeting-spoke', HUB]);
    expect(throughHub.nodes).toHaveLength(50);
    expect(throughHub.truncated).toBe(true);
    expect(drawn(await neighborhood(store, 'meeting-spoke', 2, 50, NO_FILTER))).toEqual(throughHub);

    const one = drawn(await neighborhood(store, HUB, 1, 20, NO_FILTER));
    const two = drawn(await neighborhood(store, HUB, 2, 20, NO_FILTER));
    expect(two).toEqual(one);
  });
});
