/**
 * The graph's vocabulary: which kinds of entity exist and which relation types may
 * connect them. Labels and relationship types in Cypher come only from here (an
 * allow-list), never from user text.
 */

export const ENTITY_KINDS = [
  'framework',
  'meeting',
  'person',
  'country',
  'region',
  'place',
  'organization',
  'action_plan',
  'action_item',
  'strategy_item',
  'policy_measure',
  'sector',
  'indicator',
  'measurement',
  'budget_item',
  'statement',
  'document',
] as const;

export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface EntityKindInfo {
  /** Prefix every id of this kind starts with, e.g. `country-jp`. */
  idPrefix: string;
  /** Neo4j label, also used by the embedded engine. */
  label: string;
  meaning: string;
  /** Allowed values of the entity's optional `subtype`. */
  subtypes: readonly string[];
}

export const ENTITY_KIND_INFO: Record<EntityKind, EntityKindInfo> = {
  framework: {
    idPrefix: 'framework-',
    label: 'Framework',
    meaning:
      'A partnership, dialogue, agreement, initiative or economic framework, or a pillar of one',
    subtypes: [
      'partnership',
      'dialogue',
      'agreement',
      'initiative',
      'economic_framework',
      'pillar',
      'alliance',
      'program',
    ],
  },
  meeting: {
    idPrefix: 'meeting-',
    label: 'Meeting',
    meaning:
      'A summit, ministerial, call, visit, negotiating round, working group session or event',
    subtypes: [
      'summit',
      'ministerial',
      'call',
      'video_conference',
      'visit',
      'negotiating_round',
      'working_group',
      'vice_ministerial',
      'official_level',
      'event',
      'forum',
    ],
  },
  person: {
    idPrefix: 'person-',
    label: 'Person',
    meaning: 'An official or other named individual',
    subtypes: [],
  },
  country: {
    idPrefix: 'country-',
    label: 'Country',
    meaning: 'A country or economy; the id ends in its ISO 3166-1 alpha-2 code in lower case',
    subtypes: ['country', 'economy'],
  },
  region: {
    idPrefix: 'region-',
    label: 'Region',
    meaning:
      'A group of countries as the documents group them (a regional strategy area, Indo-Pacific, …)',
    subtypes: [],
  },
  place: {
    idPrefix: 'place-',
    label: 'Place',
    meaning: 'A sub-national place: a US state, a city, a venue',
    subtypes: ['state', 'province', 'city', 'venue'],
  },
  organization: {
    idPrefix: 'org-',
    label: 'Organization',
    meaning: 'A ministry, agency, legislature, international body, company or association',
    subtypes: [
      'ministry',
      'agency',
      'government',
      'legislature',
      'international_organization',
      'company',
      'association',
      'think_tank',
      'university',
      'task_force',
      'military',
      'other',
    ],
  },
  action_plan: {
    idPrefix: 'plan-',
    label: 'ActionPlan',
    meaning:
      'A plan that groups action items (the grassroots Action Plan 3.0, a country action plan, …)',
    subtypes: [],
  },
  action_item: {
    idPrefix: 'action-',
    label: 'ActionItem',
    meaning: 'One item of an action plan',
    subtypes: [],
  },
  strategy_item: {
    idPrefix: 'strategy-',
    label: 'StrategyItem',
    meaning: 'A regional or country item of a trade strategy, or one of its goals or initiatives',
    subtypes: [
      'regional_strategy',
      'country_plan',
      'goal',
      'initiative',
      'kpi',
      'policy_direction',
    ],
  },
  policy_measure: {
    idPrefix: 'measure-',
    label: 'PolicyMeasure',
    meaning:
      'A policy, program, law or measure, such as a row of the US supply-chain table or a MOFA policy goal',
    subtypes: ['law', 'executive_order', 'program', 'policy_goal', 'review', 'project', 'other'],
  },
  sector: {
    idPrefix: 'sector-',
    label: 'Sector',
    meaning: 'A sector or topic (semiconductors, clean energy, digital, …)',
    subtypes: [],
  },
  indicator: {
    idPrefix: 'indicator-',
    label: 'Indicator',
    meaning: 'A measurement indicator of a policy evaluation',
    subtypes: [],
  },
  measurement: {
    idPrefix: 'measurement-',
    label: 'Measurement',
    meaning: "An indicator's target, result or rating for one fiscal year",
    subtypes: ['target', 'result', 'rating', 'mid_term_target'],
  },
  budget_item: {
    idPrefix: 'budget-',
    label: 'BudgetItem',
    meaning: 'A budget line of a policy evaluation, with amounts by fiscal year',
    subtypes: [],
  },
  statement: {
    idPrefix: 'statement-',
    label: 'Statement',
    meaning:
      'A joint statement, declaration, strategy, report or other text a meeting or body issued',
    subtypes: ['joint_statement', 'declaration', 'strategy', 'report', 'fact_sheet', 'other'],
  },
  document: {
    idPrefix: 'doc-',
    label: 'Document',
    meaning: 'One of the source documents the graph is built from',
    subtypes: [],
  },
};

type KindSet = readonly EntityKind[];

export interface RelationTypeInfo {
  meaning: string;
  /** Kinds the relation may start from. */
  domain: KindSet;
  /** Kinds the relation may point to. */
  range: KindSet;
  /** Explanation templates: {from} and {to} are names; {capacity} is filled when present. */
  templateJa: string;
  templateEn: string;
}

const ACTORS: KindSet = ['person', 'country', 'organization'];
const PLANNED_WORK: KindSet = ['action_item', 'strategy_item', 'policy_measure', 'action_plan'];
const GEO: KindSet = ['country', 'region', 'place'];

export const RELATION_TYPES = {
  ATTENDED: {
    meaning: 'An actor took part in a meeting; `capacity` holds the title held then',
    domain: ACTORS,
    range: ['meeting'],
    templateJa: '{from}は{to}に出席した',
    templateEn: '{from} attended {to}',
  },
  HOSTED: {
    meaning: 'An actor hosted or chaired a meeting',
    domain: [...ACTORS, 'place'],
    range: ['meeting'],
    templateJa: '{from}が{to}を主催した',
    templateEn: '{from} hosted {to}',
  },
  HELD_IN: {
    meaning: 'A meeting took place in a country or place',
    domain: ['meeting'],
    range: GEO,
    templateJa: '{from}は{to}で開催された',
    templateEn: '{from} was held in {to}',
  },
  LAUNCHED: {
    meaning: 'A meeting (or actor) launched, established or agreed to launch a framework or plan',
    domain: ['meeting', 'country', 'organization', 'person'],
    range: ['framework', 'action_plan', 'policy_measure', 'strategy_item'],
    templateJa: '{from}で{to}が立ち上げられた',
    templateEn: '{to} was launched at {from}',
  },
  ADVANCED: {
    meaning: 'A meeting discussed, reviewed or advanced a framework, plan or measure',
    domain: ['meeting'],
    range: ['framework', 'action_plan', 'policy_measure', 'strategy_item', 'action_item'],
    templateJa: '{from}で{to}が議論・推進された',
    templateEn: '{to} was advanced at {from}',
  },
  ADOPTED: {
    meaning: 'A meeting or actor issued or adopted a statement or document',
    domain: ['meeting', 'country', 'organization', 'person'],
    range: ['statement', 'action_plan'],
    templateJa: '{from}で{to}が発出された',
    templateEn: '{to} was issued at {from}',
  },
  DISCUSSED: {
    meaning: 'A meeting covered a sector or topic',
    domain: ['meeting', 'framework', 'statement'],
    range: ['sector'],
    templateJa: '{from}で{to}が議題となった',
    templateEn: '{from} covered {to}',
  },
  FOLLOWED_BY: {
    meaning: 'A meeting was followed by another in the same series',
    domain: ['meeting'],
    range: ['meeting'],
    templateJa: '{from}の後に{to}が行われた',
    templateEn: '{from} was followed by {to}',
  },
  PARTICIPATES_IN: {
    meaning: 'A country or organization takes part in a framework (validFrom: since when)',
    domain: ['country', 'organization', 'region'],
    range: ['framework'],
    templateJa: '{from}は{to}に参加している',
    templateEn: '{from} takes part in {to}',
  },
  MEMBER_OF: {
    meaning: 'A country belongs to a region or organization as the documents group it',
    domain: ['country', 'organization', 'place'],
    range: ['region', 'organization'],
    templateJa: '{from}は{to}に含まれる',
    templateEn: '{from} is part of {to}',
  },
  LOCATED_IN: {
    meaning: 'A place lies in a country or region, or a region within a wider region',
    domain: ['place', 'region'],
    range: GEO,
    templateJa: '{from}は{to}にある',
    templateEn: '{from} is in {to}',
  },
  HOLDS_ROLE: {
    meaning: 'A person holds a title in an organization or country; `title` and validity give when',
    domain: ['person'],
    range: ['organization', 'country'],
    templateJa: '{from}は{to}の{title}である',
    templateEn: '{from} is {title} of {to}',
  },
  PART_OF: {
    meaning:
      'A component belongs to a larger whole: a pillar of a framework, an agency of a ministry',
    domain: ['framework', 'organization', 'meeting', 'statement', 'sector'],
    range: ['framework', 'organization', 'meeting', 'statement', 'sector'],
    templateJa: '{from}は{to}の一部である',
    templateEn: '{from} is part of {to}',
  },
  BUILDS_ON: {
    meaning: 'A framework succeeds, inherits or builds on an earlier one',
    domain: ['framework', 'action_plan', 'policy_measure', 'strategy_item'],
    range: ['framework', 'action_plan', 'policy_measure', 'strategy_item', 'statement'],
    templateJa: '{from}は{to}を引き継ぐ・発展させる',
    templateEn: '{from} builds on {to}',
  },
  BELONGS_TO: {
    meaning: 'An item belongs to a plan, strategy, indicator set or policy goal',
    domain: ['action_item', 'strategy_item', 'indicator', 'policy_measure', 'budget_item'],
    range: ['action_plan', 'strategy_item', 'policy_measure'],
    templateJa: '{from}は{to}の項目である',
    templateEn: '{from} is an item of {to}',
  },
  TARGETS: {
    meaning: 'A strategy item, plan item or measure is aimed at a country, region or place',
    domain: [...PLANNED_WORK, 'framework'],
    range: GEO,
    templateJa: '{from}は{to}を対象とする',
    templateEn: '{from} targets {to}',
  },
  PRIORITISES: {
    meaning: 'A strategy item names a sector as a priority (promising) field',
    domain: [...PLANNED_WORK, 'framework'],
    range: ['sector'],
    templateJa: '{from}は{to}を重点分野とする',
    templateEn: '{from} prioritises {to}',
  },
  USES_FRAMEWORK: {
    meaning: 'A strategy or plan item works through a framework',
    domain: [...PLANNED_WORK, 'meeting'],
    range: ['framework'],
    templateJa: '{from}は{to}を活用する',
    templateEn: '{from} uses {to}',
  },
  OWNS: {
    meaning: 'An organization is responsible for a measure, plan item or indicator',
    domain: ['organization', 'country'],
    range: [...PLANNED_WORK, 'indicator', 'budget_item', 'framework'],
    templateJa: '{from}が{to}を所管する',
    templateEn: '{from} is responsible for {to}',
  },
  ISSUED: {
    meaning: 'An organization or person issued a document or statement',
    domain: ACTORS,
    range: ['document', 'statement', 'action_plan', 'policy_measure'],
    templateJa: '{from}が{to}を発表した',
    templateEn: '{from} issued {to}',
  },
  CONCERNS: {
    meaning: 'A measure, item, statement or framework is about a sector or topic',
    domain: [...PLANNED_WORK, 'framework', 'statement', 'indicator'],
    range: ['sector'],
    templateJa: '{from}は{to}に関する',
    templateEn: '{from} concerns {to}',
  },
  INVOLVES: {
    meaning: 'A framework, item or measure involves an actor that is not a formal participant',
    domain: [...PLANNED_WORK, 'framework', 'meeting', 'statement'],
    // region: a meeting agrees to work with a region as a whole (Europe among the like-minded
    // partners of the 21 January 2022 summit), which no member country stands for.
    range: [...ACTORS, 'framework', 'region'],
    templateJa: '{from}には{to}が関与する',
    templateEn: '{from} involves {to}',
  },
  MEASURES: {
    meaning: 'An indicator measures a policy goal or a framework',
    domain: ['indicator'],
    range: ['policy_measure', 'framework', 'strategy_item'],
    templateJa: '{from}は{to}の測定指標である',
    templateEn: '{from} measures {to}',
  },
  VALUE_OF: {
    meaning: 'A measurement (target, result, rating for a fiscal year) belongs to an indicator',
    domain: ['measurement'],
    range: ['indicator'],
    templateJa: '{from}は{to}の値である',
    templateEn: '{from} is a value of {to}',
  },
  FUNDS: {
    meaning: 'A budget line funds a policy measure',
    domain: ['budget_item'],
    range: ['policy_measure'],
    templateJa: '{from}は{to}の予算である',
    templateEn: '{from} funds {to}',
  },
  MET_WITH: {
    meaning:
      'Two people held talks (the meeting itself is linked with ATTENDED when it is an entity)',
    domain: ['person'],
    range: ['person'],
    templateJa: '{from}は{to}と会談した',
    templateEn: '{from} met {to}',
  },
  SIGNED: {
    meaning: 'A country or organization signed, concluded or ratified an agreement',
    domain: ['country', 'organization'],
    range: ['framework', 'statement'],
    templateJa: '{from}は{to}に署名・締結した',
    templateEn: '{from} signed {to}',
  },
  AGREED_TO_HOLD: {
    meaning: 'A meeting agreed to hold a later meeting or event (the later one is its outcome)',
    domain: ['meeting'],
    range: ['meeting'],
    templateJa: '{from}で{to}の開催が合意された',
    templateEn: '{from} agreed to hold {to}',
  },
  DATA_SOURCE: {
    meaning:
      'An indicator or measurement takes its figures from a survey, programme, organization or document',
    domain: ['indicator', 'measurement'],
    range: ['organization', 'document', 'statement', 'policy_measure', 'action_item'],
    templateJa: '{from}は{to}のデータに基づく',
    templateEn: '{from} is based on data from {to}',
  },
  REFERS_TO: {
    meaning:
      'A target, result or indicator names a framework, plan, meeting or measure it is about',
    domain: ['indicator', 'measurement'],
    range: ['framework', 'action_plan', 'meeting', 'policy_measure', 'strategy_item'],
    templateJa: '{from}は{to}に言及している',
    templateEn: '{from} refers to {to}',
  },
  MENTIONED_IN: {
    meaning:
      'Generated, never curated: an entity is mentioned in a document (see the mention index)',
    domain: [],
    range: ['document'],
    templateJa: '{from}は{to}で言及されている',
    templateEn: '{from} is mentioned in {to}',
  },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_TYPES, value);
}
