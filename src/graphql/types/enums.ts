import { registerEnumType } from 'type-graphql';
import { ENTITY_KINDS, type EntityKind as DomainKind } from '../../domain/vocabulary';

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
