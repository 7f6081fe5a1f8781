import { RelationTypeEnum } from './enums';
import { Field, ID, ObjectType } from 'type-graphql';
import type { PropertyValue } from '../../domain/entity';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PartialDateScalar } from './scalars';
import { SourceType } from './source.type';
import { EntityInterface } from './entity.interface';
import type { RelationFilter } from '../../services/entity.service';

@ObjectType('Relation', { description: 'A sourced statement linking two entities.' })
export class RelationType {
  @Field(() => ID, { description: 'Stable identifier of the relation.' })
  id!: string;

  @Field(() => RelationTypeEnum, {
    description: 'What the relation states, e.g. ATTENDED or PARTICIPATES_IN.',
  })
  type!: string;

  /** Resolved to entities by RelationResolver. */
  from!: string;
  to!: string;

  @Field(() => [SourceType], { description: 'Where the documents state the relation.' })
  sources!: SourceType[];

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When the relation began to hold, if a document says.',
  })
  validFrom!: string | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'When the relation stopped holding, if a document says.',
  })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'ATTENDED: the title held at the time.' })
  capacity!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'For HOLDS_ROLE, the office held (e.g. 経済産業大臣); null for other types.',
  })
  title!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Curator note, e.g. a contradiction between sources.',
  })
  note!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Further facts about the relation.' })
  props!: Record<string, PropertyValue>;
}

@ObjectType({ description: 'Where a page of a connection stands.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more relations follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when relations come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last edge of this page; pass it as after for the next.',
  })
  endCursor!: string | null;
}

@ObjectType({ description: 'A relation of a page, with its cursor.' })
export class RelationEdge {
  @Field(() => String, {
    description:
      'Opaque cursor of this relation: pass it as `after` to read the relations that follow.',
  })
  cursor!: string;

  @Field(() => RelationType, { description: 'The relation.' })
  node!: RelationType;
}

@ObjectType({ description: 'A page of relations (Relay connection).' })
export class RelationConnection {
  @Field(() => [RelationEdge], { description: 'The relations of this page with their cursors.' })
  edges!: RelationEdge[];

  @Field(() => PageInfo, {
    description: "Whether more relations follow, and the cursors of this page's ends.",
  })
  pageInfo!: PageInfo;

  /** Used by the totalCount resolver, which counts only when the field is asked for. */
  countKey!: RelationFilter & { entityId: string };
}

@ObjectType({ description: 'An entity linked to another, with the relation that says so.' })
export class Link {
  @Field(() => EntityInterface, { description: 'The linked entity.' })
  entity!: EntityInterface;

  @Field(() => RelationType, { description: 'The relation that links it, with its sources.' })
  relation!: RelationType;
}
