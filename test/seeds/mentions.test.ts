import type { Entity } from '../../src/domain/entity';
import type { SourceDocument } from '../../src/ingest/documents';
import { AMBIGUOUS_SHORT_FORMS, buildMentionIndex } from '../../src/ingest/mentions';
import { buildSeedGraph } from '../../src/ingest/seed-graph';

const entity = (id: string, nameJa: string, aliases: string[] = []): Entity => ({
  id,
  kind: 'person',
  nameJa,
  aliases,
  props: {},
  sources: [],
});
const document = (lines: string[]): SourceDocument => ({
  id: 'doc',
  file: 'doc.txt',
  titleJa: '',
  titleEn: '',
  issuerJa: '',
  issuerEn: '',
  date: '2022',
  kind: 'report',
  sha256: '',
  lines,
});
const found = (entities: Entity[], lines: string[]) =>
  buildMentionIndex(entities, [document(lines)]).map((m) => `${m.entityId}@${m.line}`);

test('a katakana name counts only as a whole katakana run', () => {
  const lines = ['オンラインで開催', 'インドと協力', 'ロシア・インとの会談'];
  expect(found([entity('person-x', 'ロシア・イン', ['ロシン']), entity('org-y', 'ライン')], lines)).toEqual([
    'person-x@3',
  ]);
  expect(found([entity('country-in', 'インド')], lines)).toEqual(['country-in@2']);
});

test('a Latin name counts only as whole words', () => {
  const lines = ['CPTPP への加盟', 'TPP への復帰', 'stockpile of KPI'];
  expect(found([entity('framework-tpp', 'TPP')], lines)).toEqual(['framework-tpp@2']);
  expect(found([entity('indicator-kpi', 'KPI'), entity('x', 'PIL')], lines)).toEqual([
    'indicator-kpi@3',
  ]);
});

test('a name several entities carry, and an entity’s ambiguous short forms, are not indexed', () => {
  const lines = ['日米首脳会談を行った', 'イン国際貿易大臣', 'インド'];
  const summits = [entity('meeting-a', '日米首脳会談（4月）', ['日米首脳会談']), entity('meeting-b', '日米首脳会談（5月）', ['日米首脳会談'])];
  expect(found(summits, lines)).toEqual([]);
  expect(found([entity('person-ng-mary', 'メアリー・イン', ['イン', 'イン国際貿易大臣'])], lines)).toEqual([
    'person-ng-mary@2',
  ]);
});

test('every ambiguous short form listed belongs to its entity in the committed seeds', () => {
  const byId = new Map(buildSeedGraph().entities.map((e) => [e.id, e]));
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');
  for (const [id, forms] of Object.entries(AMBIGUOUS_SHORT_FORMS)) {
    const e = byId.get(id);
    expect(e).toBeDefined();
    const names = [e!.nameJa, e!.nameEn ?? '', ...e!.aliases].map(squash);
    expect(forms.some((form) => names.includes(squash(form)))).toBe(true);
  }
});
