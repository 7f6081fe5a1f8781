import type { GraphStore, StatementObserver } from '../../src/store/graph-store';
import { StatementRecorder } from './statement-coverage';
import { defineCoverageCases } from './coverage-cases';
import { DomainError } from '../../src/domain/errors';
import { upsertEntities, upsertRelations } from '../../src/store/cypher/load';
import { EXPAND } from '../../src/store/cypher/relations';
import { ENTITIES_BY_IDS } from '../../src/store/cypher/entities';
import { entityRow, relationRow } from '../../src/ingest/loader';
import { contractFixture } from '../fixtures/contract-graph';

/**
 * What every GraphStore must do, whichever engine is behind it. Run by
 * embedded.contract.test.ts always and by neo4j.contract.test.ts when NEO4J_URI is set.
 * `makeStore` returns an empty store; the suite loads its own small graph.
 */
export function defineGraphStoreContract(
  name: string,
  makeStore: (onStatement: StatementObserver) => Promise<GraphStore>,
): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    const recorder = new StatementRecorder();

    beforeEach(async () => {
      store = await makeStore(recorder.observe);
      await store.bootstrapSchema();
      await loadFixture(store);
    });

    afterEach(async () => {
      await store.close();
    });

    test('MERGE by id is idempotent: loading twice leaves one node per id', async () => {
      await loadFixture(store);
      const rows = await store.read({
        name: 'test.countIds',
        text: 'MATCH (n:Entity) RETURN n.id AS id, count(*) AS copies ORDER BY id',
      });
      expect(rows.length).toBe(contractFixture.entities.length);
      expect(rows.every((row) => row.copies === 1)).toBe(true);
    });

    test('parameters of every type come back as plain JSON values', async () => {
      const [row] = await store.read(
        {
          name: 'test.params',
          text:
            'RETURN $int AS int, $float AS float, $text AS text, $list AS list, $map.inner AS inner, ' +
            'toString(date($day)) AS day, $int + 1 AS next',
        },
        {
          int: 42,
          float: 2.5,
          text: '日米「２＋２」ｶﾀｶﾅ',
          list: ['a', 'ア'],
          map: { inner: 7 },
          day: '2021-04-16',
        },
      );
      expect(row).toEqual({
        int: 42,
        float: 2.5,
        text: '日米「２＋２」ｶﾀｶﾅ',
        list: ['a', 'ア'],
        inner: 7,
        day: '2021-04-16',
        next: 43,
      });
    });

    test('variable-length traversal reaches entities two hops away', async () => {
      const rows = await store.read(
        {
          name: 'test.varLength',
          text:
            'MATCH (a:Entity {id: $from})-[*1..2]-(b:Entity) WHERE b.id <> $from ' +
            'RETURN DISTINCT b.id AS id ORDER BY id',
        },
        { from: 'country-in' },
      );
      expect(rows.map((r) => r.id)).toEqual([
        'country-jp',
        'country-us',
        'framework-ipef',
        'meeting-2022-05-23-ipef-launch',
      ]);
    });

    test('shortestPath without a WHERE clause finds the shortest chain', async () => {
      const rows = await store.read(
        {
          name: 'test.shortestPath',
          text:
            'MATCH p = shortestPath((a:Entity {id: $from})-[*..4]-(b:Entity {id: $to})) ' +
            'RETURN [n IN nodes(p) | n.id] AS ids, length(p) AS hops',
        },
        { from: 'person-kishida-fumio', to: 'country-in' },
      );
      expect(rows).toHaveLength(1);
      expect(rows[0].hops).toBe(3);
      expect((rows[0].ids as string[])[0]).toBe('person-kishida-fumio');
    });

    test('one-hop expansion returns each relation with its endpoints and parsed-ready sources', async () => {
      const rows = await store.read(EXPAND, {
        ids: ['framework-ipef'],
        types: ['PARTICIPATES_IN'],
        asOf: null,
        perEntity: 10,
        limit: 10,
      });
      expect(rows.map((r) => r.otherId)).toEqual(['country-in', 'country-jp', 'country-us']);
      const relation = rows[0].relation as Record<string, unknown>;
      expect(relation.type).toBe('PARTICIPATES_IN');
      expect(relation.to).toBe('framework-ipef');
      expect(JSON.parse(String(relation.sourcesJson))[0].quote).toContain('IPEF');
    });

    test('one-hop expansion caps the relations taken from each entity, whatever its degree', async () => {
      const rows = await store.read(EXPAND, {
        ids: ['framework-ipef', 'country-jp'],
        types: null,
        asOf: null,
        perEntity: 2,
        limit: 100,
      });
      const perEntity = (id: string) => rows.filter((r) => r.entityId === id).length;
      expect(perEntity('framework-ipef')).toBe(2);
      expect(perEntity('country-jp')).toBe(2);
    });

    test('asOf keeps only relations valid on that day', async () => {
      const before = await store.read(EXPAND, {
        ids: ['framework-ipef'],
        types: null,
        asOf: '2022-05-01',
        perEntity: 20,
        limit: 20,
      });
      const after = await store.read(EXPAND, {
        ids: ['framework-ipef'],
        types: null,
        asOf: '2022-06-01',
        perEntity: 20,
        limit: 20,
      });
      expect(before.map((r) => r.otherId)).not.toContain('meeting-2022-05-23-ipef-launch');
      expect(after.map((r) => r.otherId)).toContain('meeting-2022-05-23-ipef-launch');
    });

    test('asOf a month or a year keeps relations valid on any day of it', async () => {
      const asOf = async (value: string) =>
        (
          await store.read(EXPAND, {
            ids: ['framework-ipef'],
            types: null,
            asOf: value,
            perEntity: 20,
            limit: 20,
          })
        ).map((r) => r.otherId);
      expect(await asOf('2022-05')).toContain('meeting-2022-05-23-ipef-launch');
      expect(await asOf('2022')).toContain('meeting-2022-05-23-ipef-launch');
      expect(await asOf('2022-04')).not.toContain('meeting-2022-05-23-ipef-launch');
      expect(await asOf('2021')).not.toContain('meeting-2022-05-23-ipef-launch');
    });

    test('Japanese text search: full-width and half-width forms find the same node', async () => {
      const full = await store.searchText('ＩＰＥＦ', 5);
      // Each hit carries its entity, so search costs one statement.
      const ipef = full.find((h) => h.id === 'framework-ipef');
      expect(ipef?.entity).toMatchObject({ id: 'framework-ipef', kind: 'framework' });
      const half = await store.searchText('IPEF', 5);
      const kana = await store.searchText('経済枠組み', 5);
      expect(full.map((h) => h.id)).toContain('framework-ipef');
      expect(half.map((h) => h.id)).toContain('framework-ipef');
      expect(kana.map((h) => h.id)).toEqual(['framework-ipef']);
    });

    test('a failing transaction leaves nothing behind', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.run(upsertEntities('country'), {
            rows: [
              {
                id: 'country-zz',
                kind: 'country',
                props: { id: 'country-zz', kind: 'country', nameJa: '架空国' },
              },
            ],
          });
          throw new DomainError('BAD_USER_INPUT', 'abort on purpose');
        }),
      ).rejects.toThrow('abort on purpose');
      const rows = await store.read(ENTITIES_BY_IDS, { ids: ['country-zz'] });
      expect(rows).toEqual([]);
    });

    test('a statement that fails inside a transaction rolls back the statements before it', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.run(upsertEntities('country'), {
            rows: [
              {
                id: 'country-zy',
                kind: 'country',
                props: { id: 'country-zy', kind: 'country', nameJa: '架空国' },
              },
            ],
          });
          await tx.run({ name: 'test.broken', text: 'MATCH (n RETURN n' });
        }),
      ).rejects.toBeInstanceOf(DomainError);
      expect(await store.read(ENTITIES_BY_IDS, { ids: ['country-zy'] })).toEqual([]);
    });

    test('a reader during a write sees the old or the new state, never half of it', async () => {
      const ids = Array.from({ length: 200 }, (_, i) => `country-x${i}`);
      const rows = ids.map((id) => ({
        id,
        kind: 'country',
        props: { id, kind: 'country', nameJa: id },
      }));
      const count = {
        name: 'test.countX',
        text: "MATCH (n:Entity) WHERE n.id STARTS WITH 'country-x' RETURN count(n) AS c",
      };
      const write = store.transaction(async (tx) => {
        for (let i = 0; i < rows.length; i += 20)
          await tx.run(upsertEntities('country'), { rows: rows.slice(i, i + 20) });
      });
      const seen: number[] = [];
      for (let i = 0; i < 10; i++) seen.push(Number((await store.read(count))[0].c));
      await write;
      seen.push(Number((await store.read(count))[0].c));
      expect(seen.every((c) => c === 0 || c === 200)).toBe(true);
      expect(seen[seen.length - 1]).toBe(200);
    });

    test('a bad query is a BAD_QUERY domain error, not a driver error', async () => {
      await expect(
        store.read({ name: 'test.bad', text: 'RETURN $x +' }, { x: 1 }),
      ).rejects.toMatchObject({ code: 'BAD_QUERY' });
    });

    test('normalised entity rows are identical across engines (fixed expected value)', async () => {
      const rows = await store.read(ENTITIES_BY_IDS, { ids: ['framework-ipef'] });
      expect(rows).toEqual([
        {
          entity: {
            id: 'framework-ipef',
            kind: 'framework',
            subtype: 'economic_framework',
            nameJa: 'インド太平洋経済枠組み',
            nameEn: 'Indo-Pacific Economic Framework for Prosperity',
            aliases: ['IPEF', 'ＩＰＥＦ'],
            date: '2022-05',
            dateEnd: null,
            description: null,
            propsJson: '{"pillars":4}',
          },
        },
      ]);
    });

    defineCoverageCases(() => store);

    // Last, so that it sees what every case above sent (jest runs a file's tests in order).
    test('every statement the adapter can send was run by a case, with all its parameters', () => {
      expect(recorder.sent.size).toBeGreaterThan(30);
      expect(recorder.uncovered(store.engine)).toEqual([]);
      expect([...recorder.missingParameters]).toEqual([]);
    });
  });
}

export async function loadFixture(store: GraphStore): Promise<void> {
  const { entities, relations } = contractFixture;
  const byId = new Map(entities.map((e) => [e.id, e]));
  await store.transaction(async (tx) => {
    for (const entity of entities) {
      await tx.run(upsertEntities(entity.kind), { rows: [entityRow(entity)] });
    }
    for (const relation of relations) {
      await tx.run(upsertRelations(relation.type), { rows: [relationRow(relation, byId)] });
    }
  });
}
