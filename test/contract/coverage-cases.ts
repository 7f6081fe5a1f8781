import type { Entity, Relation } from '../../src/domain/entity';
import { defaultRelationId } from '../../src/domain/entity';
import type { RelationType } from '../../src/domain/vocabulary';
import { entityRow, loadSeedGraph, relationRow } from '../../src/ingest/loader';
import type { SeedGraph } from '../../src/ingest/seed-graph';
import {
  COUNTRY_STRATEGY,
  ENTITY_DETAILS,
  ENTITY_WITH_SOURCES,
  NEIGHBOURHOOD,
} from '../../src/store/cypher/details';
import { COUNTRY_PAGE, ITEM_LINKS, SHARED_VIEW } from '../../src/store/cypher/explorer';
import {
  MENTIONED_IN_DOCUMENT,
  MENTIONS_BY_ENTITY_IDS,
  SOURCES_BY_ENTITY_IDS,
} from '../../src/store/cypher/entities';
import { upsertEntities, upsertRelations } from '../../src/store/cypher/load';
import { EXPAND_IDS, PATH_RECORDS } from '../../src/store/cypher/paths';
import {
  RELATIONS_COUNT,
  RELATIONS_PAGE,
  SHARED_NEIGHBOURS,
} from '../../src/store/cypher/relations';
import { ENTITIES_PAGE_ALL, RELATIONS_PAGE_ALL } from '../../src/store/cypher/export';
import { GRAPH_LOADED, GRAPH_VERSION } from '../../src/store/cypher/stats';
import { TIMELINE, TIMELINE_OF_ENTITY } from '../../src/store/cypher/timeline';
import type { GraphStore } from '../../src/store/graph-store';
import { contractFixture } from '../fixtures/contract-graph';

/**
 * The cases that run every statement the service sends, over the contract fixture (IPEF, three
 * countries, Kishida, the launch meeting). Each asserts what the service relies on, so that on a
 * real Neo4j (npm run test:neo4j) every statement is both accepted and answers the same.
 */
const NO_FILTER = { types: null, asOf: null };
const ids = (rows: Array<Record<string, unknown>>, key: string) => rows.map((r) => r[key]);

export function defineCoverageCases(current: () => GraphStore): void {
  test('relation pages and counts in each direction, with the keyset cursor', async () => {
    const store = current();
    const page = async (dir: 'OUT' | 'IN' | 'BOTH', after: string | null = null) =>
      (
        await store.read(RELATIONS_PAGE[dir], {
          ids: ['country-jp'],
          ...NO_FILTER,
          after,
          limit: 10,
        })
      ).map((r) => (r.relation as { type: string }).type);
    expect(await page('OUT')).toEqual(['PARTICIPATES_IN']);
    expect(await page('IN')).toEqual(['HOLDS_ROLE']);
    const both = await store.read(RELATIONS_PAGE.BOTH, {
      ids: ['country-jp'],
      ...NO_FILTER,
      after: null,
      limit: 1,
    });
    expect(both).toHaveLength(1);
    const firstId = (both[0].relation as { id: string }).id;
    const rest = await store.read(RELATIONS_PAGE.BOTH, {
      ids: ['country-jp'],
      ...NO_FILTER,
      after: firstId,
      limit: 10,
    });
    expect(rest.map((r) => (r.relation as { id: string }).id)).not.toContain(firstId);
    expect(rest).toHaveLength(1);
    for (const [dir, total] of [
      ['OUT', 1],
      ['IN', 1],
      ['BOTH', 2],
    ] as const) {
      const rows = await store.read(RELATIONS_COUNT[dir], { ids: ['country-jp'], ...NO_FILTER });
      expect(rows).toEqual([{ entityId: 'country-jp', total }]);
    }
  });

  test('entity details pages (plain and counted) and entities with sources', async () => {
    const store = current();
    for (const dir of ['OUT', 'IN', 'BOTH'] as const) {
      const params = { ids: ['framework-ipef'], ...NO_FILTER, after: null, limit: 2 };
      const [plain] = await store.read(ENTITY_DETAILS[dir].plain, params);
      const [counted] = await store.read(ENTITY_DETAILS[dir].counted, params);
      expect((plain.entity as { id: string }).id).toBe('framework-ipef');
      expect(counted.page).toEqual(plain.page);
      expect(counted.total).toBe(dir === 'OUT' ? 0 : 4);
    }
    const [row] = await store.read(ENTITY_WITH_SOURCES, { ids: ['country-in'] });
    expect(JSON.parse(String((row.entity as { sourcesJson: string }).sourcesJson))).toHaveLength(1);
  });

  test('neighbourhoods to depth 1 and 2 in one statement', async () => {
    const store = current();
    const params = { id: 'person-kishida-fumio', ...NO_FILTER, perEntity: 10, window: 10 };
    const [one] = await store.read(NEIGHBOURHOOD[1], params);
    expect((one.hop1 as unknown[]).length).toBe(2);
    expect(one.hop2).toEqual([]);
    const [two] = await store.read(NEIGHBOURHOOD[2], { ...params, rowLimit: 100, nodeLimit: 10 });
    const reached = (two.hop2 as Array<{ other: { id: string } }>).map((r) => r.other.id);
    expect(reached).toContain('framework-ipef');
    // Hop 1 already holds `nodeLimit` entities (Kishida and his two): hop 2 is not read.
    const [full] = await store.read(NEIGHBOURHOOD[2], { ...params, rowLimit: 100, nodeLimit: 3 });
    expect(full.hop1).toEqual(two.hop1);
    expect(full.hop2).toEqual([]);
  });

  test('a neighbourhood keeps the lowest relation ids of the window the store lists', async () => {
    const store = current();
    const relationIds = async (perEntity: number, window: number) => {
      const [row] = await store.read(NEIGHBOURHOOD[1], {
        id: 'framework-ipef',
        ...NO_FILTER,
        perEntity,
        window,
      });
      return (row.hop1 as Array<{ relation: { id: string } }>).map((r) => r.relation.id);
    };
    const all = await relationIds(10, 10);
    expect(all).toHaveLength(4);
    expect(all).toEqual([...all].sort());
    // A window holding every relation: the exact first page by id.
    expect(await relationIds(2, 10)).toEqual(all.slice(0, 2));
    // A window smaller than the degree: `perEntity` of the relations listed first, by id.
    const windowed = await relationIds(2, 3);
    expect(windowed).toHaveLength(2);
    expect(windowed).toEqual([...windowed].sort());
    expect(windowed.every((id) => all.includes(id))).toBe(true);
    expect(await relationIds(2, 3)).toEqual(windowed);
  });

  test('shared neighbours, the two timelines and sources/mentions by id', async () => {
    const store = current();
    const shared = await store.read(SHARED_NEIGHBOURS, {
      ids: ['country-jp', 'country-us'],
      ...NO_FILTER,
      kinds: null,
      limit: 10,
    });
    expect(ids(shared, 'id')).toEqual(['framework-ipef']);
    // The explorer's shared view: the same entities and relations, with the entities asked.
    const [view] = await store.read(SHARED_VIEW, {
      ids: ['country-jp', 'country-us'],
      ...NO_FILTER,
      kinds: null,
      limit: 10,
    });
    expect(ids(view.inputs as Array<Record<string, unknown>>, 'id').sort()).toEqual([
      'country-jp',
      'country-us',
    ]);
    const sharedRows = view.shared as Array<{ entity: { id: string }; relations: unknown[] }>;
    expect(sharedRows.map((row) => row.entity.id)).toEqual(['framework-ipef']);
    expect(sharedRows[0].relations).toEqual(shared[0].relations);
    const [none] = await store.read(SHARED_VIEW, {
      ids: ['country-jp', 'country-in'],
      types: ['SIGNED'],
      asOf: null,
      kinds: null,
      limit: 10,
    });
    expect(none.shared).toEqual([]);
    expect((none.inputs as unknown[]).length).toBe(2);
    const bounds = { startMin: null, startMax: null, endMin: null, endMax: null, subtypes: null };
    const events = await store.read(TIMELINE, { kinds: ['meeting'], ...bounds, limit: 10 });
    expect(ids(events, 'id')).toEqual(['meeting-2022-05-23-ipef-launch']);
    const ofEntity = await store.read(TIMELINE_OF_ENTITY, {
      entityId: 'person-kishida-fumio',
      kinds: ['meeting'],
      ...bounds,
      limit: 10,
    });
    expect(ids(ofEntity, 'id')).toEqual(['meeting-2022-05-23-ipef-launch']);
    const sources = await store.read(SOURCES_BY_ENTITY_IDS, { ids: ['country-us'] });
    expect(ids(sources, 'id')).toEqual(['country-us']);
    const mentions = await store.read(MENTIONS_BY_ENTITY_IDS, { ids: ['country-us'] });
    expect(mentions).toEqual([{ id: 'country-us', mentions: [] }]);
  });

  test('entities mentioned in a document, with their mention strings', async () => {
    const store = current();
    const entity = contractFixture.entities.find((e) => e.id === 'country-in')!;
    const row = entityRow(entity, [
      { entityId: 'country-in', documentId: 'doc-a', line: 12, matched: 'インド' },
    ] as never);
    await store.transaction((tx) => tx.run(upsertEntities('country'), { rows: [row] }));
    const rows = await store.read(MENTIONED_IN_DOCUMENT, {
      prefix: 'doc-a:',
      limit: 10,
      after: null,
    });
    expect(rows).toHaveLength(1);
    expect((rows[0].entity as { id: string }).id).toBe('country-in');
    expect(rows[0].mentions).toEqual(['doc-a:12:インド']);
    // The next page starts after the last id read.
    const before = { prefix: 'doc-a:', limit: 10 };
    expect(await store.read(MENTIONED_IN_DOCUMENT, { ...before, after: 'country-in' })).toEqual([]);
    const later = await store.read(MENTIONED_IN_DOCUMENT, { ...before, after: 'country-af' });
    expect(later.map((r) => (r.entity as { id: string }).id)).toEqual(['country-in']);
  });

  test('path steps and the records of a path', async () => {
    const store = current();
    const steps = await store.read(EXPAND_IDS, {
      ids: ['country-in', 'no-such-id'],
      ...NO_FILTER,
      perEntity: 10,
    });
    expect(steps).toHaveLength(1);
    const [[relationId, otherId]] = steps[0].hops as Array<[string, string]>;
    expect(otherId).toBe('framework-ipef');
    const [records] = await store.read(PATH_RECORDS, {
      relations: [{ id: relationId, from: 'country-in', to: 'framework-ipef' }],
      nodes: ['country-in', 'framework-ipef'],
    });
    expect((records.relations as unknown[]).length).toBe(1);
    expect((records.nodes as unknown[]).length).toBe(2);
  });

  test("a country's strategy view: items, their sectors, actions and region", async () => {
    const store = current();
    const extra: Entity[] = [
      { id: 'plan-x', kind: 'action_plan', nameJa: '計画', aliases: [], props: {}, sources: [] },
      { id: 'item-x', kind: 'strategy_item', nameJa: '項目', aliases: [], props: {}, sources: [] },
      { id: 'sector-x', kind: 'sector', nameJa: '分野', aliases: [], props: {}, sources: [] },
      { id: 'action-x', kind: 'action_item', nameJa: '行動', aliases: [], props: {}, sources: [] },
      { id: 'region-x', kind: 'region', nameJa: '地域', aliases: [], props: {}, sources: [] },
    ];
    const rel = (type: RelationType, from: string, to: string): Relation => ({
      id: defaultRelationId(type, from, to),
      type,
      from,
      to,
      props: {},
      sources: [],
    });
    const relations = [
      rel('TARGETS', 'item-x', 'country-jp'),
      rel('PRIORITISES', 'item-x', 'sector-x'),
      rel('BELONGS_TO', 'action-x', 'item-x'),
      rel('BELONGS_TO', 'item-x', 'plan-x'),
      rel('TARGETS', 'plan-x', 'region-x'),
      rel('MEMBER_OF', 'country-jp', 'region-x'),
    ];
    const byId = new Map(extra.map((e) => [e.id, e]));
    await store.transaction(async (tx) => {
      for (const e of extra) await tx.run(upsertEntities(e.kind), { rows: [entityRow(e)] });
      for (const r of relations)
        await tx.run(upsertRelations(r.type), { rows: [relationRow(r, byId)] });
    });
    const [row] = await store.read(COUNTRY_STRATEGY, {
      ids: ['country-jp'],
      after: null,
      limit: 5,
      perItem: 5,
    });
    const [item] = row.items as Array<Record<string, any>>;
    expect(item.item.id).toBe('item-x');
    expect(item.sectors.map((s: any) => s.entity.id)).toEqual(['sector-x']);
    expect(item.actions.map((a: any) => a.entity.id)).toEqual(['action-x']);
    expect(item.regions.map((r: any) => r.id)).toEqual(['region-x']);
    // The explorer's country page reads the same items, and the country's regions with them.
    const [page] = await store.read(COUNTRY_PAGE, {
      ids: ['country-jp'],
      after: null,
      limit: 5,
      perItem: 5,
      linkLimit: 5,
    });
    expect(page.items).toEqual(row.items);
    expect(page.country).toEqual(row.country);
    const [region] = page.regionLinks as Array<Record<string, any>>;
    expect(region.entity.id).toBe('region-x');
    expect(region.relation).toMatchObject({
      type: 'MEMBER_OF',
      from: 'country-jp',
      to: 'region-x',
    });
    // Strategy items' links: sectors out, actions in; an entity with none still answers.
    const links = await store.read(ITEM_LINKS, { ids: ['item-x', 'country-jp'], linkLimit: 5 });
    const linksById = new Map(links.map((l: any) => [l.entity.id, l]));
    const x = linksById.get('item-x');
    expect(x.sectors.map((l: any) => [l.relation.type, l.relation.to, l.entity.id])).toEqual([
      ['PRIORITISES', 'sector-x', 'sector-x'],
    ]);
    expect(x.actions.map((l: any) => [l.relation.type, l.relation.from, l.entity.id])).toEqual([
      ['BELONGS_TO', 'action-x', 'action-x'],
    ]);
    expect(linksById.get('country-jp').sectors).toEqual([]);
  });

  test('the seed loader: load, reload unchanged, remove what the seeds dropped, readiness meta', async () => {
    const store = current();
    const graph = (entities: Entity[], relations: Relation[]) =>
      ({
        ...contractFixture,
        entities,
        relations,
        documents: [],
        mentions: [],
        problems: [],
      }) as unknown as SeedGraph;
    const { entities, relations } = contractFixture;
    expect(await store.read(GRAPH_LOADED)).toEqual([]);
    const first = await loadSeedGraph(store, graph(entities, relations), { batchSize: 2 });
    expect(first).toMatchObject({
      changed: true,
      entities: entities.length,
      relations: relations.length,
    });
    expect(await store.read(GRAPH_LOADED)).toEqual([
      { fingerprint: first.fingerprint, entities: entities.length },
    ]);
    expect((await loadSeedGraph(store, graph(entities, relations))).changed).toBe(false);
    const kept = entities.filter((e) => e.id !== 'person-kishida-fumio');
    const keptRelations = relations.filter(
      (r) => r.from !== 'person-kishida-fumio' && r.to !== 'person-kishida-fumio',
    );
    const third = await loadSeedGraph(store, graph(kept, keptRelations));
    expect(third).toMatchObject({
      changed: true,
      entities: kept.length,
      relations: keptRelations.length,
    });
    await store.ping();
  });

  test('exports: every entity and relation in keyset pages, and the version the load wrote', async () => {
    const store = current();
    const version = { fingerprint: 'f'.repeat(64), lastChanged: '2026-12-05', version: 'v' };
    const seed = { ...contractFixture, documents: [], mentions: [], problems: [], version };
    await loadSeedGraph(store, seed as unknown as SeedGraph);
    expect(await store.read(GRAPH_VERSION)).toEqual([
      { fingerprint: version.fingerprint, lastChanged: version.lastChanged },
    ]);
    const pages = async (query: typeof ENTITIES_PAGE_ALL, key: 'entity' | 'relation') => {
      const seen: string[] = [];
      for (let after: string | null = null; ;) {
        const rows = await store.read(query, { ...NO_FILTER, after, limit: 2 });
        seen.push(...rows.map((r) => (r[key] as { id: string }).id));
        if (rows.length < 2) return seen;
        after = seen[seen.length - 1];
      }
    };
    const byId = (list: Array<{ id: string }>) => list.map((e) => e.id).sort();
    expect(await pages(ENTITIES_PAGE_ALL, 'entity')).toEqual(byId(contractFixture.entities));
    expect(await pages(RELATIONS_PAGE_ALL, 'relation')).toEqual(byId(contractFixture.relations));
  });

  test('an entity whose kind changes loses its old kind label', async () => {
    const store = current();
    const row = (kind: string) => ({ rows: [{ id: 'x-1', kind, props: { id: 'x-1', kind } }] });
    await store.transaction((tx) => tx.run(upsertEntities('country'), row('country')));
    await store.transaction((tx) => tx.run(upsertEntities('organization'), row('organization')));
    const [labels] = await store.read({
      name: 'test.labels',
      text: "MATCH (n:Entity {id: 'x-1'}) RETURN labels(n) AS labels",
    });
    expect([...(labels.labels as string[])].sort()).toEqual(['Entity', 'Organization']);
  });
}
