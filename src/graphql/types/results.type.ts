import { RelationTypeEnum } from './enums';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EntityInterface } from './entity.interface';
import { RelationType } from './relation.type';

@ObjectType({ description: 'An entity found by search, with what matched and how well.' })
export class SearchHit {
  @Field(() => EntityInterface, { description: 'The entity found.' })
  entity!: EntityInterface;

  @Field(() => Float, {
    description: '1 for an exact name or alias match, lower for weaker matches.',
  })
  score!: number;

  @Field(() => String, { description: 'The name or alias that matched.' })
  matchedText!: string;
}

@ObjectType('Path', { description: 'A chain of relations between two entities.' })
export class PathType {
  @Field(() => Int, { description: 'Number of relations in the path.' })
  length!: number;

  /** Entity ids along the path; resolved by PathResolver. */
  nodeIds!: string[];

  @Field(() => [RelationType], {
    description: 'The relations in order, from the first entity to the last.',
  })
  relations!: RelationType[];
}

@ObjectType({ description: 'An entity that several given entities share, with each link.' })
export class SharedEntity {
  @Field(() => EntityInterface, { description: 'The entity they share.' })
  entity!: EntityInterface;

  @Field(() => [RelationType], { description: 'The relations linking it to each given entity.' })
  relations!: RelationType[];
}

@ObjectType({ description: 'Entities of one kind.' })
export class KindCount {
  @Field(() => String, { description: 'Entity kind (lower case, as stored).' })
  kind!: string;

  @Field(() => Int, { description: 'How many entities of this kind.' })
  count!: number;
}

@ObjectType({ description: 'Relations of one type.' })
export class TypeCount {
  @Field(() => RelationTypeEnum, { description: 'The relation type counted.' })
  type!: string;

  @Field(() => Int, { description: 'How many relations of this type.' })
  count!: number;
}

@ObjectType({ description: 'Counts of what the graph holds.' })
export class GraphStats {
  @Field(() => Int, { description: 'Entities in the graph, documents included.' })
  entities!: number;

  @Field(() => Int, { description: 'Relations in the graph, each with at least one source.' })
  relations!: number;

  @Field(() => Int, { description: 'Number of source documents.' })
  documents!: number;

  @Field(() => [KindCount], { description: 'How many entities of each kind the graph holds.' })
  byKind!: KindCount[];

  @Field(() => [TypeCount], { description: 'How many relations of each type the graph holds.' })
  byRelationType!: TypeCount[];

  @Field(() => String, {
    nullable: true,
    description:
      'The citable version of the loaded seed graph, `<day of last change>.<fingerprint prefix>`, e.g. "2026-12-05.3f2a9c1b4d5e"; every export carries the same. Null for a graph loaded without one.',
  })
  version!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "SHA-256 of the graph's facts (documents, entities, relations and their sources).",
  })
  fingerprint!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Day (UTC) the seed files last changed.',
  })
  lastChanged!: string | null;
}

@ObjectType({ description: 'One line of a source document.' })
export class DocumentLine {
  @Field(() => Int, { description: 'Line number, 1-based.' })
  number!: number;

  @Field(() => String, { description: 'The text of the line, as in the document.' })
  text!: string;
}

@ObjectType({ description: 'Where in a document an entity is named.' })
export class DocumentMention {
  @Field(() => EntityInterface, { description: 'The entity named.' })
  entity!: EntityInterface;

  @Field(() => [Int], { description: 'Lines (1-based) where it is named.' })
  lines!: number[];
}

@ObjectType({ description: 'Where an entity is named: a document and the lines.' })
export class EntityMention {
  documentId!: string;

  @Field(() => [Int], { description: 'Lines (1-based) where it is named.' })
  lines!: number[];

  @Field(() => [String], { description: 'The names or aliases found.' })
  matched!: string[];
}

@ObjectType('Health', { description: 'Liveness and the serving store.' })
export class HealthType {
  @Field(() => String, { description: 'ok while the process answers.' })
  status!: string;

  @Field(() => String, { description: 'The store that serves the API: neo4j or embedded.' })
  engine!: string;
}
