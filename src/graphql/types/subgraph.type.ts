import { Field, ID, ObjectType } from 'type-graphql';
import type { EntityKind as DomainKind } from '../../domain/vocabulary';
import { EntityKind, RelationTypeEnum } from './enums';
import { SourceType } from './source.type';

@ObjectType({ description: 'A node of a subgraph, shaped for drawing.' })
export class GraphNode {
  @Field(() => ID, { description: 'Entity id.' })
  id!: string;

  @Field(() => EntityKind, { description: 'Entity kind.' })
  kind!: DomainKind;

  @Field(() => String, { description: 'Japanese name.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'English name, when known.' })
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

  @Field(() => String, { description: 'Human-readable relation label.' })
  label!: string;

  @Field(() => [SourceType], { description: 'Where the documents state the relation.' })
  sources!: SourceType[];
}

@ObjectType({ description: 'Nodes and edges around an entity, ready for a graph widget.' })
export class Subgraph {
  @Field(() => [GraphNode], { description: 'The entities drawn.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'The relations drawn.' })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the limit cut the neighbourhood short.' })
  truncated!: boolean;
}
