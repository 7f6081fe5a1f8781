import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityKind as DomainKind } from '../../domain/vocabulary';
import { EntityKind } from './enums';
import { SourceType } from './source.type';

@ObjectType({ description: 'A node of a subgraph, shaped for drawing.' })
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => EntityKind)
  kind!: DomainKind;

  @Field(() => String, { description: 'Japanese name.' })
  label!: string;

  @Field(() => String, { nullable: true })
  labelEn!: string | null;
}

@ObjectType({ description: 'An edge of a subgraph, shaped for drawing.' })
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  type!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => String)
  label!: string;

  @Field(() => [SourceType])
  sources!: SourceType[];
}

@ObjectType({ description: 'Nodes and edges around an entity, ready for a graph widget.' })
export class Subgraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the limit cut the neighbourhood short.' })
  truncated!: boolean;
}
