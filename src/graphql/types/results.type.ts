import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EntityInterface } from './entity.interface';
import { RelationType } from './relation.type';

@ObjectType()
export class SearchHit {
  @Field(() => EntityInterface)
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
  @Field(() => Int)
  length!: number;

  /** Entity ids along the path; resolved by PathResolver. */
  nodeIds!: string[];

  @Field(() => [RelationType])
  relations!: RelationType[];
}

@ObjectType({ description: 'An entity that several given entities share, with each link.' })
export class SharedEntity {
  @Field(() => EntityInterface)
  entity!: EntityInterface;

  @Field(() => [RelationType], { description: 'The relations linking it to each given entity.' })
  relations!: RelationType[];
}

@ObjectType()
export class KindCount {
  @Field(() => String)
  kind!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class TypeCount {
  @Field(() => String)
  type!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class GraphStats {
  @Field(() => Int)
  entities!: number;

  @Field(() => Int)
  relations!: number;

  @Field(() => Int)
  documents!: number;

  @Field(() => [KindCount])
  byKind!: KindCount[];

  @Field(() => [TypeCount])
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

@ObjectType()
export class DocumentLine {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: 'Where in a document an entity is named.' })
export class DocumentMention {
  @Field(() => EntityInterface)
  entity!: EntityInterface;

  @Field(() => [Int])
  lines!: number[];
}

@ObjectType({ description: 'Where an entity is named: a document and the lines.' })
export class EntityMention {
  documentId!: string;

  @Field(() => [Int])
  lines!: number[];

  @Field(() => [String], { description: 'The names or aliases found.' })
  matched!: string[];
}

@ObjectType('Health')
export class HealthType {
  @Field(() => String)
  status!: string;

  @Field(() => String)
  engine!: string;
}
