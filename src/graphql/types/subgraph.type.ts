import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityKind as DomainKind } from '../../domain/vocabulary';
import { EntityKind, RelationTypeEnum } from './enums';
import { SourceType } from './source.type';

@ObjectType({ description: 'A node of a subgraph, shaped for drawing.' })
export class GraphNode {
  @Field(() => ID, { description: 'Id of the entity drawn, as entity(id:) takes it.' })
  id!: string;

  @Field(() => EntityKind, { description: 'Kind of the entity, for its shape and colour.' })
  kind!: DomainKind;

  @Field(() => String, {
    description: 'Name to show: the Japanese name, as the documents write it.',
  })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description: 'English name to show, when a document gives one; null otherwise.',
  })
  labelEn!: string | null;
}

@ObjectType({ description: 'An edge of a subgraph, shaped for drawing.' })
export class GraphEdge {
  @Field(() => ID, { description: 'Id of the relation drawn.' })
  id!: string;

  @Field(() => RelationTypeEnum, { description: 'Relation type, e.g. PARTICIPATES_IN.' })
  type!: string;

  @Field(() => ID, { description: 'Id of the node the relation starts at.' })
  source!: string;

  @Field(() => ID, { description: 'Id of the node the relation ends at.' })
  target!: string;

  @Field(() => String, {
    description:
      'Short English label for the edge: the relation type in words, with the capacity or title held, e.g. "attended (Prime Minister)".',
  })
  label!: string;

  @Field(() => [SourceType], { description: 'Where the documents state the relation.' })
  sources!: SourceType[];
}

@ObjectType({ description: 'Nodes and edges around an entity, ready for a graph widget.' })
export class Subgraph {
  @Field(() => [GraphNode], {
    description: 'The entities drawn: the centre first, at most `limit`.',
  })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], {
    description: 'The relations between the entities drawn, each with its sources.',
  })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the limit cut the neighbourhood short.' })
  truncated!: boolean;
}
