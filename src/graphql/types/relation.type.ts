import { Field, ID, ObjectType } from 'type-graphql';
import type { PropertyValue } from '../../domain/entity';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PartialDateScalar } from './scalars';
import { SourceType } from './source.type';
import { EntityInterface } from './entity.interface';
import type { RelationFilter } from '../../services/entity.service';

@ObjectType('Relation', { description: 'A sourced statement linking two entities.' })
export class RelationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: 'Relation type from the vocabulary, e.g. ATTENDED, PARTICIPATES_IN.',
  })
  type!: string;

  /** Resolved to entities by RelationResolver. */
  from!: string;
  to!: string;

  @Field(() => [SourceType])
  sources!: SourceType[];

  @Field(() => PartialDateScalar, { nullable: true })
  validFrom!: string | null;

  @Field(() => PartialDateScalar, { nullable: true })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'ATTENDED: the title held at the time.' })
  capacity!: string | null;

  @Field(() => String, { nullable: true, description: 'HOLDS_ROLE: the title.' })
  title!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Curator note, e.g. a contradiction between sources.',
  })
  note!: string | null;

  @Field(() => GraphQLJSONObject)
  props!: Record<string, PropertyValue>;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class RelationEdge {
  @Field(() => String, { description: 'Opaque keyset cursor.' })
  cursor!: string;

  @Field(() => RelationType)
  node!: RelationType;
}

@ObjectType({ description: 'A page of relations (Relay connection).' })
export class RelationConnection {
  @Field(() => [RelationEdge])
  edges!: RelationEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Used by the totalCount resolver, which counts only when the field is asked for. */
  countKey!: RelationFilter & { entityId: string };
}

@ObjectType({ description: 'An entity linked to another, with the relation that says so.' })
export class Link {
  @Field(() => EntityInterface)
  entity!: EntityInterface;

  @Field(() => RelationType)
  relation!: RelationType;
}
