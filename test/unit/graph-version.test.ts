import type { Entity, Relation } from '../../src/domain/entity';
import { canonicalJson, factsFingerprint, versionLabel } from '../../src/ingest/graph-version';
import type { SourceDocument } from '../../src/ingest/documents';

const doc = { id: 'd', sha256: 'abc' } as SourceDocument;
const source = {
  documentId: 'd',
  lineStart: 3,
  lineEnd: 3,
  quote: '日米首脳会談',
  inferred: false,
};
const japan: Entity = {
  id: 'country-jp',
  kind: 'country',
  nameJa: '日本',
  aliases: [],
  props: {},
  sources: [source],
};
const us: Entity = {
  id: 'country-us',
  kind: 'country',
  nameJa: '米国',
  aliases: [],
  props: {},
  sources: [source],
};
const link: Relation = {
  id: 'country-jp--MET_WITH--country-us',
  type: 'MET_WITH',
  from: 'country-jp',
  to: 'country-us',
  props: {},
  sources: [source],
};

describe('graph version', () => {
  test('the fingerprint depends on facts, not on record or key order', () => {
    const a = factsFingerprint([doc], [japan, us], [link]);
    const reordered = {
      sources: japan.sources,
      props: {},
      aliases: [],
      nameJa: '日本',
      kind: 'country',
      id: 'country-jp',
    } as Entity;
    expect(factsFingerprint([doc], [us, reordered], [link])).toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a changed quote, line, name or document changes the fingerprint', () => {
    const a = factsFingerprint([doc], [japan, us], [link]);
    const moved = { ...link, sources: [{ ...source, lineStart: 4, lineEnd: 4 }] };
    expect(factsFingerprint([doc], [japan, us], [moved])).not.toBe(a);
    expect(factsFingerprint([doc], [{ ...japan, nameEn: 'Japan' }, us], [link])).not.toBe(a);
    expect(factsFingerprint([{ ...doc, sha256: 'abd' }], [japan, us], [link])).not.toBe(a);
  });

  test('the label is the day of last change and the fingerprint prefix', () => {
    expect(versionLabel('0123456789abcdef', '2026-12-05')).toBe('2026-12-05.0123456789ab');
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe('{"a":[{"c":null,"d":2}],"b":1}');
  });
});
