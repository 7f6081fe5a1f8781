import type { Entity } from '../../src/domain/entity';
import type { SourceDocument } from '../../src/ingest/documents';
import {
  AMBIGUOUS_SHORT_FORMS,
  buildMentionIndex,
  NOT_INSIDE,
  SHORT_FORMS_ONLY_IN,
} from '../../src/ingest/mentions';
import { buildSeedGraph } from '../../src/ingest/seed-graph';

const entity = (id: string, nameJa: string, aliases: string[] = []): Entity => ({
  id,
  kind: 'person',
  nameJa,
  aliases,
  props: {},
  sources: [],
});
const document = (lines: string[], id = 'doc'): SourceDocument => ({
  id,
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

test('a kanji name does not count inside the longer words listed for its entity', () => {
  // Issue 12's fresh sample: 国連 inside 第三国連携 and 米国連邦政府, 南ア inside 東南アジア.
  const lines = ['第三国連携の観点', '米国連邦政府', '国連関連機関', '東南アジアと南アジア', '南アフリカ、南ア'];
  const un = entity('org-un', '国際連合', ['国連']);
  const za = entity('country-za', '南アフリカ', ['南ア']);
  expect(found([un], lines)).toEqual(['org-un@3']);
  expect(found([za], lines)).toEqual(['country-za@5', 'country-za@5']);
});

test('the second fresh sample: アジア, 安全保障 and 通商 inside other names, EPA and 州政府 not indexed', () => {
  // Seed 20261207: アジア inside 東南アジア and 南アジア, 安全保障 inside 国家安全保障戦略, 通商 inside
  // 米国通商拡大法, EPA meaning an Economic Partnership Agreement, 州政府 meaning US states.
  const lines = [
    '東南アジアと南アジア、アジア全体',
    '国家安全保障戦略と安全保障',
    '米国通商拡大法と通商',
    'EPA交渉と環境保護庁',
    '米国の州政府',
  ];
  const entities = [
    entity('region-asia', 'アジア', []),
    entity('sector-security', '安全保障', []),
    entity('sector-trade', '通商', []),
    entity('org-us-environmental-protection-agency', '環境保護庁', ['EPA']),
    entity('org-canadian-provincial-governments', 'カナダの州政府', ['州政府']),
  ];
  expect(found(entities, lines).sort()).toEqual(
    [
      'region-asia@1',
      'sector-security@2',
      'sector-trade@3',
      'org-us-environmental-protection-agency@4',
    ].sort(),
  );
});

test('the third fresh sample: 航空機, a programme’s name and 駐留軍など労働者 are not the sectors', () => {
  // Seed 20261208: 航空 inside カナダ軍の航空機, 人材育成 inside FOIP推進人材育成交流強化プログラム,
  // 労働 inside 駐留軍など労働者 (host-nation support pays their wages).
  const lines = [
    'カナダ軍の航空機及び艦船',
    '製造業（自動車、航空）',
    'FOIP推進人材育成交流強化プログラム',
    'AI分野の人材育成',
    '駐留軍など労働者の労務費',
    '環境、労働、デジタル',
  ];
  const entities = [
    entity('sector-aviation', '航空', []),
    entity('sector-human-resources', '人材育成・人材交流', ['人材育成']),
    entity('sector-labor', '労働', []),
  ];
  expect(found(entities, lines).sort()).toEqual(
    ['sector-aviation@2', 'sector-human-resources@4', 'sector-labor@6'].sort(),
  );
});

test('a short form scoped to some documents counts only there', () => {
  const companies = entity('org-japanese-companies-in-us', '日系企業', ['在米企業']);
  const lines = ['日系企業による投資', '在米企業']; // 在米企業 is not scoped
  const at = (id: string) =>
    buildMentionIndex([companies], [document(lines, id)]).map((m) => `${m.matched}@${m.line}`);
  expect(at('meti-us-chapter-2022')).toEqual(['日系企業@1', '在米企業@2']);
  expect(at('trade-strategy-2026')).toEqual(['在米企業@2']);
});

test('every word and scoped form listed contains or is a name of its entity in the seeds', () => {
  const graph = buildSeedGraph();
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const documents = new Set(graph.documents.map((d) => d.id));
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/gu, '');
  const namesOf = (id: string) => {
    const e = byId.get(id);
    expect(e).toBeDefined();
    return [e!.nameJa, e!.nameEn ?? '', ...e!.aliases].map(squash).filter((n) => n !== '');
  };
  for (const [id, words] of Object.entries(NOT_INSIDE)) {
    const names = namesOf(id);
    for (const word of words) expect(names.some((n) => squash(word).includes(n))).toBe(true);
  }
  for (const [id, { forms, documents: scope }] of Object.entries(SHORT_FORMS_ONLY_IN)) {
    const names = namesOf(id);
    for (const form of forms) expect(names).toContain(squash(form));
    for (const doc of scope) expect(documents.has(doc)).toBe(true);
  }
});

test('a short form inside the same entity’s longer name at the same place is one mention, not two', () => {
  const ipef = entity('framework-ipef', 'インド太平洋経済枠組み（IPEF）', ['IPEF', 'インド太平洋経済枠組み']);
  const lines = ['インド太平洋経済枠組み（IPEF）の交渉', 'IPEF閣僚会合'];
  const mentions = buildMentionIndex([ipef], [document(lines)]);
  expect(mentions.map((m) => `${m.line}:${m.matched}`)).toEqual([
    '1:インド太平洋経済枠組み（IPEF）',
    '2:IPEF',
  ]);
});
