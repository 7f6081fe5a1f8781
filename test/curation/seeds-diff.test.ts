import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { diffSeedGraphs, formatSeedDiff, seedGraphAt } from '../../src/curation/seed-diff';

/**
 * seeds:diff on revisions of this repository's own history (immutable, so their facts can be
 * stated): 2ada08e → 80507f7 added the MOFA policy evaluation's records; 80507f7 → e311db3 only
 * removed a relation written twice in one section file, which changes YAML and no fact.
 */

jest.setTimeout(300_000);
const ROOT = join(__dirname, '..', '..');

describe('seeds:diff', () => {
  test('lists the facts a revision added, removed and changed', () => {
    const before = seedGraphAt('2ada08e');
    const after = seedGraphAt('80507f7');
    const diff = diffSeedGraphs(before, after);

    // The counts add up: every entity and relation is kept, added or removed.
    expect(after.entities.length - before.entities.length).toBe(
      diff.entities.added.length - diff.entities.removed.length,
    );
    expect(after.relations.length - before.relations.length).toBe(
      diff.relations.added.length - diff.relations.removed.length,
    );
    // Facts read in `git diff 2ada08e 80507f7 -- seeds`:
    const added = diff.entities.added.find(
      (e) => e.id === 'framework-japan-canada-strategic-partnership',
    );
    expect(added?.sources[0]).toMatchObject({
      documentId: 'mofa-north-america-evaluation-fy2023',
      lineStart: 2034,
      lineEnd: 2038,
    });
    expect(diff.entities.removed.map((e) => e.id)).toContain(
      'framework-japan-us-trade-cooperation-framework',
    );
    const canada = diff.entities.changed.find((c) => c.after.id === 'country-ca');
    expect(canada?.sourcesAdded.map((s) => s.quote)).toContain('日加関係の更なる強化');
    const g7 = diff.relations.changed.find((c) => c.after.id === 'country-ca--MEMBER_OF--org-g7');
    expect(g7?.fields).toEqual([]);
    expect(g7?.sourcesAdded).toHaveLength(1);
    expect(g7?.sourcesAdded[0].lineStart).toBe(2556);

    const text = formatSeedDiff(diff);
    expect(text[0]).toBe(
      `entities: ${diff.entities.added.length} added, ${diff.entities.removed.length} removed, ${diff.entities.changed.length} changed; ` +
        `relations: ${diff.relations.added.length} added, ${diff.relations.removed.length} removed, ${diff.relations.changed.length} changed`,
    );
    expect(text).toContain(
      '+ entity framework-japan-canada-strategic-partnership (framework) 日加間の戦略的パートナーシップ / Japan–Canada strategic partnership',
    );
    expect(text).toContain(
      '~ relation country-ca -[MEMBER_OF]-> org-g7  (country-ca--MEMBER_OF--org-g7)',
    );
    expect(before.version?.fingerprint).not.toBe(after.version?.fingerprint);
  });

  test('npm run seeds:diff reports a YAML-only change as no change of facts, with the same fingerprint', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/seeds-diff.ts', '80507f7', 'e311db3'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('seed graph: 80507f7 → e311db3');
    const [, from, to] = /^version: ([0-9a-f]{12}) → ([0-9a-f]{12})$/.exec(lines[1]) ?? [];
    expect(from).toBe(to);
    expect(lines[2]).toBe(
      'entities: 0 added, 0 removed, 0 changed; relations: 0 added, 0 removed, 0 changed',
    );
    expect(lines).toHaveLength(3);
  });

  test('an unknown revision is a one-line error', () => {
    expect(() => seedGraphAt('no-such-revision-here')).toThrow(
      /is not a revision of this repository/,
    );
  });
});
