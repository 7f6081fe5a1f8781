/**
 * A seeded synthetic graph in the real vocabulary, shaped like the seed graph (a SeedGraph that
 * `loadSeedGraph` accepts) but from 10 thousand to a million relations. Degree is skewed as in
 * the documents: a few hub countries, frameworks and sectors, many meetings and strategy items.
 * Every relation respects its type's domain and range (checked when this module loads), every
 * entity has at least one relation, and every source quotes a real line of a real document.
 */
import { join } from 'node:path';
import type { Entity, Relation, Source } from '../../src/domain/entity';
import { ENTITY_KIND_INFO, RELATION_TYPES, type EntityKind } from '../../src/domain/vocabulary';
import { readDocuments } from '../../src/ingest/documents';
import { type SeedGraph } from '../../src/ingest/seed-graph';
import { DEFAULT_SEEDS_DIR } from '../../src/ingest/seeds-dir';
import { documentEntity } from '../../src/ingest/document-entity';
import {
  COUNTRIES,
  FRAMEWORK_HUBS,
  GIVEN_NAMES,
  MEETING_SUBTYPES,
  MINISTRIES,
  REGIONS,
  SECTORS,
  SURNAMES,
  TITLES,
} from './synthetic-names';

/** Share of the entities per kind; countries, regions, sectors and documents are fixed lists. */
const KIND_SHARES: Partial<Record<EntityKind, number>> = {
  meeting: 0.3,
  strategy_item: 0.25,
  action_item: 0.09,
  person: 0.08,
  policy_measure: 0.06,
  statement: 0.05,
  measurement: 0.05,
  organization: 0.03,
  place: 0.02,
  indicator: 0.015,
  framework: 0.01,
  budget_item: 0.01,
  action_plan: 0.003,
};

/** Relations per entity, as asked: 100 thousand entities for a million relations. */
const RELATIONS_PER_ENTITY = 10;

interface Recipe {
  type: keyof typeof RELATION_TYPES;
  from: EntityKind;
  to: EntityKind;
  weight: number;
  /** Zipf exponent for picking the target within its kind; 0 is uniform. */
  toSkew: number;
  fromSkew?: number;
}

/** Which relations the graph holds, and how often: meetings and strategy items dominate. */
const RECIPES: Recipe[] = [
  { type: 'ATTENDED', from: 'person', to: 'meeting', weight: 12, toSkew: 0 },
  { type: 'ATTENDED', from: 'country', to: 'meeting', weight: 5, toSkew: 0, fromSkew: 1.1 },
  { type: 'HELD_IN', from: 'meeting', to: 'country', weight: 3, toSkew: 1.1 },
  { type: 'HELD_IN', from: 'meeting', to: 'place', weight: 1, toSkew: 0.8 },
  { type: 'HOSTED', from: 'organization', to: 'meeting', weight: 2, toSkew: 0, fromSkew: 1 },
  { type: 'ADVANCED', from: 'meeting', to: 'framework', weight: 6, toSkew: 1 },
  { type: 'DISCUSSED', from: 'meeting', to: 'sector', weight: 4, toSkew: 0.8 },
  { type: 'FOLLOWED_BY', from: 'meeting', to: 'meeting', weight: 2, toSkew: 0 },
  { type: 'ADOPTED', from: 'meeting', to: 'statement', weight: 2, toSkew: 0 },
  { type: 'LAUNCHED', from: 'meeting', to: 'framework', weight: 0.5, toSkew: 0 },
  { type: 'TARGETS', from: 'strategy_item', to: 'country', weight: 8, toSkew: 1.1 },
  { type: 'TARGETS', from: 'strategy_item', to: 'region', weight: 1, toSkew: 1 },
  { type: 'PRIORITISES', from: 'strategy_item', to: 'sector', weight: 6, toSkew: 0.8 },
  { type: 'USES_FRAMEWORK', from: 'strategy_item', to: 'framework', weight: 3, toSkew: 1 },
  { type: 'BELONGS_TO', from: 'strategy_item', to: 'strategy_item', weight: 3, toSkew: 1 },
  { type: 'OWNS', from: 'organization', to: 'strategy_item', weight: 2, toSkew: 0, fromSkew: 1 },
  { type: 'BELONGS_TO', from: 'action_item', to: 'action_plan', weight: 3, toSkew: 0.8 },
  { type: 'TARGETS', from: 'action_item', to: 'place', weight: 1, toSkew: 0.5 },
  { type: 'CONCERNS', from: 'action_item', to: 'sector', weight: 1, toSkew: 0.8 },
  { type: 'INVOLVES', from: 'action_item', to: 'organization', weight: 1, toSkew: 1 },
  { type: 'HOLDS_ROLE', from: 'person', to: 'organization', weight: 2, toSkew: 1 },
  { type: 'HOLDS_ROLE', from: 'person', to: 'country', weight: 1, toSkew: 1.1 },
  { type: 'MET_WITH', from: 'person', to: 'person', weight: 2, toSkew: 0.5 },
  { type: 'PARTICIPATES_IN', from: 'country', to: 'framework', weight: 2, toSkew: 1, fromSkew: 1 },
  { type: 'PARTICIPATES_IN', from: 'organization', to: 'framework', weight: 1, toSkew: 1 },
  { type: 'MEMBER_OF', from: 'country', to: 'region', weight: 0.1, toSkew: 0 },
  { type: 'LOCATED_IN', from: 'place', to: 'country', weight: 1, toSkew: 1.1 },
  { type: 'ISSUED', from: 'organization', to: 'statement', weight: 1, toSkew: 0, fromSkew: 1 },
  { type: 'CONCERNS', from: 'policy_measure', to: 'sector', weight: 2, toSkew: 0.8 },
  { type: 'OWNS', from: 'organization', to: 'policy_measure', weight: 1, toSkew: 0 },
  { type: 'BELONGS_TO', from: 'policy_measure', to: 'policy_measure', weight: 0.5, toSkew: 1 },
  { type: 'FUNDS', from: 'budget_item', to: 'policy_measure', weight: 1, toSkew: 0.5 },
  { type: 'MEASURES', from: 'indicator', to: 'policy_measure', weight: 1, toSkew: 0.5 },
  { type: 'VALUE_OF', from: 'measurement', to: 'indicator', weight: 2, toSkew: 0 },
  { type: 'PART_OF', from: 'framework', to: 'framework', weight: 0.3, toSkew: 1 },
  { type: 'CONCERNS', from: 'statement', to: 'sector', weight: 1, toSkew: 0.8 },
];

for (const r of RECIPES) {
  const info = RELATION_TYPES[r.type];
  const domain = info.domain as readonly EntityKind[];
  const range = info.range as readonly EntityKind[];
  if (!domain.includes(r.from) || !range.includes(r.to)) {
    throw new Error(`synthetic recipe ${r.from}-${r.type}->${r.to} breaks the vocabulary`);
  }
}

/** Ids the benchmark queries use, chosen by the generator so that every run asks the same. */
export interface BenchTargets {
  entityId: string;
  neighbourhoodId: string;
  pathFrom: string;
  pathTo: string;
  /** Two entities with no path between them within 4 hops (the target is a hub). */
  noPathFrom: string;
  noPathTo: string;
  countryCode: string;
  timelineEntityId: string;
  searchJa: string;
  searchEn: string;
  wideIds: string[];
}

export interface SyntheticGraph {
  graph: SeedGraph;
  targets: BenchTargets;
}

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples an index in [0, n) with probability proportional to 1/(i+1)^s. */
function zipf(n: number, s: number, rand: () => number): () => number {
  if (s === 0) return () => Math.floor(rand() * n);
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const x = rand() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function pad(n: number): string {
  return String(n).padStart(6, '0');
}

export function generateSyntheticGraph(
  relationCount: number,
  seed = 42,
  seedsDir: string = DEFAULT_SEEDS_DIR,
): SyntheticGraph {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const { documents } = readDocuments(join(seedsDir, 'documents'));
  const citable = documents.map((d) => ({
    document: d,
    lines: d.lines.flatMap((line, i) => (line.trim().length >= 8 ? [i] : [])),
  }));
  const source = (): Source => {
    const { document, lines } = pick(citable);
    const index = pick(lines);
    const line = document.lines[index].trim();
    const start = Math.floor(rand() * Math.max(1, line.length - 24));
    const quote = line.slice(start, start + 24).trim();
    return {
      documentId: document.id,
      lineStart: index + 1,
      lineEnd: index + 1,
      quote,
      inferred: false,
    };
  };

  const entityCount = Math.max(1000, Math.round(relationCount / RELATIONS_PER_ENTITY));
  const byKind = new Map<EntityKind, Entity[]>();
  const add = (entity: Omit<Entity, 'aliases' | 'props' | 'sources'> & Partial<Entity>): void => {
    const full: Entity = { aliases: [], props: {}, sources: [source()], ...entity };
    const list = byKind.get(full.kind) ?? [];
    list.push(full);
    byKind.set(full.kind, list);
  };
  const prefix = (kind: EntityKind): string => ENTITY_KIND_INFO[kind].idPrefix;
  const day = (): string => {
    const d = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 11 * 365) * 86400000);
    return d.toISOString().slice(0, 10);
  };

  for (const [code, ja, en] of COUNTRIES) {
    add({ id: `country-${code}`, kind: 'country', subtype: 'country', nameJa: ja, nameEn: en });
  }
  for (const [id, ja, en] of REGIONS)
    add({ id: `region-${id}`, kind: 'region', nameJa: ja, nameEn: en });
  for (const [id, ja, en] of SECTORS)
    add({ id: `sector-${id}`, kind: 'sector', nameJa: ja, nameEn: en });

  const count = (kind: EntityKind): number =>
    Math.max(3, Math.round(entityCount * (KIND_SHARES[kind] ?? 0)));
  const sector = (): readonly [string, string, string] => pick(SECTORS);
  const country = (): readonly [string, string, string] => pick(COUNTRIES);
  for (let i = 0; i < count('framework'); i++) {
    const hub = FRAMEWORK_HUBS[i];
    const [, sJa, sEn] = sector();
    add({
      id: hub ? `framework-${hub[0]}` : `framework-syn-${pad(i)}`,
      kind: 'framework',
      subtype: hub ? 'partnership' : pick(['initiative', 'dialogue', 'program', 'pillar']),
      nameJa: hub ? hub[1] : `${sJa}に関する日米協力イニシアティブ第${i}号`,
      nameEn: hub ? hub[2] : `Japan–US ${sEn} initiative no. ${i}`,
      date: day(),
    });
  }
  for (let i = 0; i < count('organization'); i++) {
    const [cCode, cJa, cEn] = country();
    const [mJa, mEn] = pick(MINISTRIES);
    add({
      id: `org-syn-${pad(i)}`,
      kind: 'organization',
      subtype: 'ministry',
      nameJa: `${cJa}${mJa}（${i}）`,
      nameEn: `${mEn} of ${cEn} (${cCode}-${i})`,
    });
  }
  for (let i = 0; i < count('person'); i++) {
    const [sJa, sEn] = pick(SURNAMES);
    const [gJa, gEn] = pick(GIVEN_NAMES);
    add({
      id: `person-syn-${pad(i)}`,
      kind: 'person',
      nameJa: `${sJa}${gJa}`,
      nameEn: `${gEn} ${sEn}`,
    });
  }
  for (let i = 0; i < count('meeting'); i++) {
    const [subtype, tJa, tEn] = pick(MEETING_SUBTYPES);
    const [, sJa, sEn] = sector();
    add({
      id: `meeting-syn-${pad(i)}`,
      kind: 'meeting',
      subtype,
      nameJa: `第${i}回日米${sJa}${tJa}`,
      nameEn: `Japan–US ${sEn} ${tEn} no. ${i}`,
      date: day(),
    });
  }
  for (let i = 0; i < count('strategy_item'); i++) {
    const [, cJa, cEn] = country();
    const [, sJa, sEn] = sector();
    add({
      id: `strategy-syn-${pad(i)}`,
      kind: 'strategy_item',
      subtype: pick(['country_plan', 'goal', 'initiative']),
      nameJa: `${cJa}との${sJa}分野における協力（${i}）`,
      nameEn: `Cooperation with ${cEn} in ${sEn} (${i})`,
    });
  }
  const simple: Array<[EntityKind, string, string]> = [
    ['action_plan', '行動計画', 'action plan'],
    ['action_item', '行動項目', 'action item'],
    ['policy_measure', '施策', 'policy measure'],
    ['statement', '共同声明', 'joint statement'],
    ['place', '地域拠点', 'venue'],
    ['indicator', '測定指標', 'indicator'],
    ['measurement', '実績値', 'measurement'],
    ['budget_item', '予算事業', 'budget item'],
  ];
  for (const [kind, ja, en] of simple) {
    for (let i = 0; i < count(kind); i++) {
      const [, sJa, sEn] = sector();
      add({
        id: `${prefix(kind)}syn-${pad(i)}`,
        kind,
        nameJa: `${sJa}${ja}${i}`,
        nameEn: `${sEn} ${en} ${i}`,
        date: kind === 'statement' ? day() : undefined,
      });
    }
  }
  // An island: a short chain of people nobody else is linked to, for the "no path" case. They
  // stay out of `byKind`, which the relation samplers draw from, so nothing links to them.
  const island = [0, 1, 2].map((i) => `person-island-${i}`);
  const islandEntities = island.map((id, i): Entity => ({
    id,
    kind: 'person',
    nameJa: `孤島${i}`,
    nameEn: `Island ${i}`,
    aliases: [],
    props: {},
    sources: [source()],
  }));

  const entities = [
    ...documents.map(documentEntity),
    ...[...byKind.values()].flat(),
    ...islandEntities,
  ];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const relations: Relation[] = [];
  const seen = new Set<string>();
  const relate = (type: Recipe['type'], from: string, to: string): boolean => {
    const id = `${from}--${type}--${to}`;
    if (from === to || seen.has(id)) return false;
    seen.add(id);
    const relation: Relation = { id, type, from, to, props: {}, sources: [source()] };
    if (type === 'ATTENDED' && from.startsWith('person-')) relation.capacity = pick(TITLES);
    if (type === 'HOLDS_ROLE') relation.title = pick(TITLES);
    relations.push(relation);
    return true;
  };
  for (let i = 0; i + 1 < island.length; i++) relate('MET_WITH', island[i], island[i + 1]);

  const samplers = new Map<string, () => number>();
  const sampler = (kind: EntityKind, skew: number): (() => string) => {
    const list = byKind.get(kind) ?? [];
    const key = `${kind}:${skew}`;
    let index = samplers.get(key);
    if (!index) samplers.set(key, (index = zipf(list.length, skew, rand)));
    const at = index;
    return () => list[at()].id;
  };
  const plans = RECIPES.map((r) => ({
    recipe: r,
    from: sampler(r.from, r.fromSkew ?? 0),
    to: sampler(r.to, r.toSkew),
  }));
  // First, one relation from (or to) every entity, so that nothing is left unconnected.
  for (const [kind, list] of byKind) {
    const out = plans.find((p) => p.recipe.from === kind);
    const into = plans.find((p) => p.recipe.to === kind);
    for (const entity of list) {
      if (entity.id.startsWith('person-island-')) continue;
      for (let attempt = 0; attempt < 5; attempt++) {
        const ok = out
          ? relate(out.recipe.type, entity.id, out.to())
          : relate(into!.recipe.type, into!.from(), entity.id);
        if (ok) break;
      }
    }
  }
  const totalWeight = plans.reduce((s, p) => s + p.recipe.weight, 0);
  let running = 0;
  const cumulative = plans.map((p) => (running += p.recipe.weight / totalWeight));
  while (relations.length < relationCount) {
    const x = rand();
    const plan =
      plans[
        Math.min(
          plans.length - 1,
          cumulative.findIndex((c) => x <= c),
        )
      ];
    relate(plan.recipe.type, plan.from(), plan.to());
  }

  const list = (kind: EntityKind): Entity[] => byKind.get(kind) ?? [];
  const degree = new Map<string, number>();
  for (const r of relations) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  const median = (kind: EntityKind): string => {
    const sorted = [...list(kind)].sort(
      (a, b) => (degree.get(a.id) ?? 0) - (degree.get(b.id) ?? 0) || (a.id < b.id ? -1 : 1),
    );
    return sorted[Math.floor(sorted.length / 2)].id;
  };
  const targets: BenchTargets = {
    entityId: median('meeting'),
    // A mid-sized framework, not the largest hub: neighbourhood pages are capped anyway.
    neighbourhoodId: list('framework')[Math.min(5, list('framework').length - 1)].id,
    pathFrom: median('meeting'),
    pathTo: 'country-in',
    noPathFrom: island[0],
    noPathTo: 'country-jp',
    countryCode: 'IN',
    timelineEntityId: 'country-us',
    searchJa: '日米半導体',
    searchEn: 'semiconductors',
    wideIds: [...list('meeting').slice(0, 25), ...list('strategy_item').slice(0, 25)].map(
      (e) => e.id,
    ),
  };
  if (!byId.has(targets.pathTo)) throw new Error('synthetic graph lacks country-in');
  return {
    graph: {
      documents,
      entities,
      relations,
      mentions: [],
      problems: [],
      mergeReport: { merged: [], renamed: [], possibleDuplicates: [], collapsingPairs: [] },
      probableDuplicateMeetings: [],
      otherlyDatedSources: [],
      fileCount: 0,
    },
    targets,
  };
}
