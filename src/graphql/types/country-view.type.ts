import { Field, ObjectType } from 'type-graphql';
import { Document } from './entity-kinds.type';
import { EntityInterface } from './entity.interface';
import { Link } from './relation.type';

@ObjectType({
  description: 'A strategy item aimed at a country, with its sectors and concrete actions.',
})
export class CountryStrategyItem {
  @Field(() => String, {
    description:
      "Cursor of this item in the country's strategy (its TARGETS relation, as in relations' edges): pass it as after for the items that follow.",
  })
  cursor!: string;

  @Field(() => Link, {
    description: 'The item and the TARGETS relation that aims it at the country.',
  })
  item!: Link;

  @Field(() => [Link], { description: 'Priority sectors (PRIORITISES).' })
  prioritySectors!: Link[];

  @Field(() => [Link], { description: 'Concrete actions: the items that belong to it.' })
  actions!: Link[];
}

@ObjectType({
  description:
    "The planner's view: a country's strategy items grouped by region and source document.",
})
export class CountryStrategyGroup {
  @Field(() => EntityInterface, {
    nullable: true,
    description: 'The region whose strategy the items belong to.',
  })
  region!: EntityInterface | null;

  @Field(() => Document, { description: 'The document the strategy comes from.' })
  document!: Document;

  @Field(() => [CountryStrategyItem], {
    description: 'The strategy items that target the country.',
  })
  items!: CountryStrategyItem[];
}
