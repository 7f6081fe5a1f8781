import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Relation } from '../../src/domain/entity';
import { formatRelationCountTable, relationCountsByType } from '../../src/curation/relation-counts';

/**
 * seeds:counts, the table of relation counts by type in docs/seed-graph.md. The revision 1c22d8e
 * is immutable history, so its figures can be stated: 3,407 relations, none of the types added
 * for issue 12's second reading.
 */

jest.setTimeout(300_000);
const ROOT = join(__dirname, '..', '..');

function relation(type: string, from: string, to: string, documents: string[]): Relation {
  return {
    id: `${from}--${type}--${to}`,
    type: type as Relation['type'],
    from,
    to,
    props: {},
    sources: documents.map((documentId) => ({
      documentId,
      lineStart: 1,
      lineEnd: 1,
      quote: 'q',
      inferred: false,
    })),
  };
}

describe('relation counts by type', () => {
  const before = [
    relation('CONCERNS', 'a', 'b', ['doc-1']),
    relation('CONCERNS', 'a', 'c', ['doc-2']),
    relation('HOLDS_ROLE', 'p', 'o', ['doc-1', 'doc-2']),
  ];
  const after = [...before.slice(1), relation('INVOLVES', 'm', 'r', ['doc-1'])];

  test('counts each type, and with a document only the relations citing it', () => {
    expect(relationCountsByType(before)).toEqual(
      new Map([
        ['CONCERNS', 2],
        ['HOLDS_ROLE', 1],
      ]),
    );
    expect(relationCountsByType(before, 'doc-1')).toEqual(
      new Map([
        ['CONCERNS', 1],
        ['HOLDS_ROLE', 1],
      ]),
    );
  });

  test('a table row for every type either side or asked for, 0 where absent, signed changes', () => {
    const table = formatRelationCountTable(
      [
        { label: 'before', counts: relationCountsByType(before) },
        { label: 'after', counts: relationCountsByType(after) },
      ],
      ['AGREED_TO_HOLD'],
    );
    expect(table).toEqual([
      '| relation type | before | after | change |',
      '| --- | ---: | ---: | ---: |',
      '| AGREED_TO_HOLD | 0 | 0 | 0 |',
      '| CONCERNS | 2 | 1 | -1 |',
      '| HOLDS_ROLE | 1 | 1 | 0 |',
      '| INVOLVES | 0 | 1 | +1 |',
      '| **total** | **3** | **3** | **0** |',
    ]);
  });

  test('npm run seeds:counts prints a revision next to the working tree', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/seeds-counts.ts', '1c22d8e'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).split('\n');
    expect(out[0]).toBe('| relation type | 1c22d8e | working tree | change |');
    const cells = (type: string): string[] | undefined =>
      out.find((line) => line.startsWith(`| ${type} |`))?.split(' | ');
    expect(cells('**total**')?.[1]).toBe('**3,407**');
    expect(cells('HOLDS_ROLE')?.[1]).toBe('55');
    // A type the vocabulary gained after that revision has its row, with 0 there.
    expect(cells('AGREED_TO_HOLD')?.[1]).toBe('0');
    expect(cells('MENTIONED_IN')).toBeUndefined();
  });

  test('npm run seeds:counts refuses an unknown document with a message', () => {
    expect(() =>
      execFileSync('npx', ['tsx', 'scripts/seeds-counts.ts', '--document', 'no-such-doc'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).toThrow(/no document "no-such-doc"/);
  });
});
