import { ObjectType } from 'type-graphql';
import { EntityInterface } from './entity.interface';

/*
 * One object type per entity kind. The kinds with typed fields of their own get them from
 * their resolvers (framework.resolver.ts, meeting.resolver.ts, …); the classes stay empty.
 */

@ObjectType({
  implements: EntityInterface,
  description: 'A partnership, dialogue, agreement, initiative or economic framework.',
})
export class Framework extends EntityInterface {}

@ObjectType({
  implements: EntityInterface,
  description: 'A summit, ministerial, call, visit, negotiating round or working group.',
})
export class Meeting extends EntityInterface {}

@ObjectType({ implements: EntityInterface, description: 'An official or other named person.' })
export class Person extends EntityInterface {}

@ObjectType({ implements: EntityInterface, description: 'A country or economy.' })
export class Country extends EntityInterface {}

@ObjectType({
  implements: EntityInterface,
  description: 'A group of countries as the documents group them.',
})
export class Region extends EntityInterface {}

@ObjectType({ implements: EntityInterface, description: 'A state, city or venue.' })
export class Place extends EntityInterface {}

@ObjectType({
  implements: EntityInterface,
  description: 'A ministry, agency, international body, company or association.',
})
export class Organization extends EntityInterface {}

@ObjectType({ implements: EntityInterface, description: 'A plan that groups action items.' })
export class ActionPlan extends EntityInterface {}

@ObjectType({ implements: EntityInterface, description: 'One item of an action plan.' })
export class ActionItem extends EntityInterface {}

@ObjectType({
  implements: EntityInterface,
  description: 'A regional or country item of a trade strategy, or one of its goals or actions.',
})
export class StrategyItem extends EntityInterface {}

@ObjectType({ implements: EntityInterface, description: 'A policy, program, law or measure.' })
export class PolicyMeasure extends EntityInterface {}

@ObjectType({ implements: EntityInterface, description: 'A sector or topic.' })
export class Sector extends EntityInterface {}

@ObjectType({
  implements: EntityInterface,
  description: 'A measurement indicator of a policy evaluation.',
})
export class Indicator extends EntityInterface {}

@ObjectType({
  implements: EntityInterface,
  description: "An indicator's target, result or rating for a fiscal year.",
})
export class Measurement extends EntityInterface {}

@ObjectType({
  implements: EntityInterface,
  description: 'A budget line with amounts by fiscal year.',
})
export class BudgetItem extends EntityInterface {}

@ObjectType({
  implements: EntityInterface,
  description: 'A joint statement, declaration, strategy or report.',
})
export class Statement extends EntityInterface {}

@ObjectType({ implements: EntityInterface, description: 'A source document of the graph.' })
export class Document extends EntityInterface {}

export const ENTITY_OBJECT_TYPES = [
  Framework,
  Meeting,
  Person,
  Country,
  Region,
  Place,
  Organization,
  ActionPlan,
  ActionItem,
  StrategyItem,
  PolicyMeasure,
  Sector,
  Indicator,
  Measurement,
  BudgetItem,
  Statement,
  Document,
];
