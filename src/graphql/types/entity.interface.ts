import { Field, ID, InterfaceType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { PropertyValue } from '../../domain/entity';
import type { EntityKind as DomainKind } from '../../domain/vocabulary';
import { EntityKind } from './enums';
import { PartialDateScalar } from './scalars';

/** GraphQL object type name for each entity kind. */
export const TYPE_NAME_BY_KIND: Record<DomainKind, string> = {
  framework: 'Framework',
  meeting: 'Meeting',
  person: 'Person',
  country: 'Country',
  region: 'Region',
  place: 'Place',
  organization: 'Organization',
  action_plan: 'ActionPlan',
  action_item: 'ActionItem',
  strategy_item: 'StrategyItem',
  policy_measure: 'PolicyMeasure',
  sector: 'Sector',
  indicator: 'Indicator',
  measurement: 'Measurement',
  budget_item: 'BudgetItem',
  statement: 'Statement',
  document: 'Document',
};

/**
 * Fields every entity has. Values are `EntityRecord`s from the service layer; fields with
 * arguments (name, relations, sources, …) are resolved by EntityResolver.
 */
@InterfaceType('Entity', {
  description: 'Anything in the graph: a framework, meeting, person, country, …',
  resolveType: (value: { kind: DomainKind }) => TYPE_NAME_BY_KIND[value.kind],
})
export abstract class EntityInterface {
  @Field(() => ID, { description: 'Stable identifier, e.g. framework-ipef or country-jp.' })
  id!: string;

  @Field(() => EntityKind, { description: 'What kind of thing this entity is.' })
  kind!: DomainKind;

  @Field(() => String, {
    nullable: true,
    description: 'Finer kind, e.g. summit or call for a meeting.',
  })
  subtype!: string | null;

  @Field(() => String, { description: 'Name in Japanese, as the documents write it.' })
  nameJa!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Name in English, when a document gives one.',
  })
  nameEn!: string | null;

  @Field(() => [String], { description: 'Abbreviations and other spellings the documents use.' })
  aliases!: string[];

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it happened or began.' })
  date!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it ended, if it did.' })
  dateEnd!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A curator's one- or two-sentence summary of what it is; null when none was written.",
  })
  description!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Further facts (amounts, fiscal year, …).' })
  props!: Record<string, PropertyValue>;
}
