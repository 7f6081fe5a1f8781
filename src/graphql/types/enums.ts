import { registerEnumType } from 'type-graphql';
import {
  ENTITY_KINDS,
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
  type EntityKind as DomainKind,
  type RelationType as DomainRelationType,
} from '../../domain/vocabulary';

/** GraphQL enum values are the domain kinds in upper case: FRAMEWORK, ACTION_ITEM, … */
export const EntityKind = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind.toUpperCase(), kind]),
) as Record<Uppercase<DomainKind>, DomainKind>;

/** One line per kind, shown by schema explorers beside each EntityKind value. */
const KIND_DESCRIPTIONS: Record<DomainKind, string> = {
  framework: 'A partnership, dialogue or initiative (IPEF, the CoRe Partnership, JUCEP, …).',
  meeting: 'A summit, ministerial meeting, call or dialogue session on a day.',
  person: 'A named official or leader.',
  country: 'A country, by its ISO code.',
  region: 'A world region that a plan addresses.',
  place: 'A city or venue.',
  organization: 'A ministry, agency, company or international body.',
  action_plan: 'A country or regional action plan.',
  action_item: 'One action of an action plan.',
  strategy_item: 'One item of a strategy document (Trade Strategy 2026).',
  policy_measure: 'A policy measure or programme.',
  sector: 'An industry or priority sector.',
  indicator: 'A performance indicator of a policy evaluation.',
  measurement: 'A measured value of an indicator.',
  budget_item: 'A budget line with its amount and fiscal year.',
  statement: 'A statement, declaration or joint document.',
  document: 'One of the five source documents.',
};

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What kind of thing an entity is.',
  valuesConfig: Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind.toUpperCase(), { description: KIND_DESCRIPTIONS[kind] }]),
  ),
});

export enum Lang {
  JA = 'ja',
  EN = 'en',
}
registerEnumType(Lang, {
  name: 'Lang',
  description: 'Language of names and explanations.',
  valuesConfig: { JA: { description: 'Japanese.' }, EN: { description: 'English.' } },
});

export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Relations that start at the entity (OUT), end at it (IN), or both.',
  valuesConfig: {
    OUT: { description: 'Relations that start at the entity.' },
    IN: { description: 'Relations that end at the entity.' },
    BOTH: { description: 'Relations in either direction.' },
  },
});

/**
 * The relation vocabulary as a GraphQL enum named `RelationType`, generated from
 * RELATION_TYPES so that a type added to the vocabulary is in the schema with its meaning.
 * Values are the vocabulary's names unchanged; in JSON variables they are plain strings.
 */
export const RelationTypeEnum = Object.fromEntries(
  RELATION_TYPE_NAMES.map((name) => [name, name]),
) as { [Name in DomainRelationType]: Name };

registerEnumType(RelationTypeEnum, {
  name: 'RelationType',
  description:
    'A type of relation between two entities, from the curated vocabulary; each value says what it links.',
  valuesConfig: Object.fromEntries(
    RELATION_TYPE_NAMES.map((name) => [name, { description: sentence(RELATION_TYPES[name]) }]),
  ),
});

/** The meaning, with the kinds it links, as one sentence for schema explorers. */
function sentence(info: { meaning: string; domain: readonly string[]; range: readonly string[] }) {
  const kinds = (list: readonly string[]) => list.map((k) => k.toUpperCase()).join(', ');
  const from = info.domain.length > 0 ? kinds(info.domain) : 'any entity';
  return `${info.meaning}. From ${from} to ${kinds(info.range)}.`;
}
