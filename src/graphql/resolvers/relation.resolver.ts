import { Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { DomainError } from '../../domain/errors';
import { sourceId } from '../../domain/source-id';
import type { EntityRecord, RelationRecord } from '../../services/records';
import type { Context } from '../context';
import { EntityInterface } from '../types/entity.interface';
import { RelationConnection, RelationType } from '../types/relation.type';
import { Document } from '../types/entity-kinds.type';
import { EntityMention } from '../types/results.type';
import { SourceType } from '../types/source.type';
import type { DocumentValue } from '../../services/document-registry';

@Resolver(() => RelationType)
export class RelationResolver {
  @FieldResolver(() => EntityInterface, {
    description: 'The entity the relation starts at (its subject: who attended, what takes part).',
  })
  from(@Root() relation: RelationRecord, @Ctx() context: Context): Promise<EntityRecord> {
    return endpoint(context, relation.from);
  }

  @FieldResolver(() => EntityInterface, {
    description: 'The entity the relation points to (its object: the meeting, the framework).',
  })
  to(@Root() relation: RelationRecord, @Ctx() context: Context): Promise<EntityRecord> {
    return endpoint(context, relation.to);
  }
}

async function endpoint(context: Context, id: string): Promise<EntityRecord> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw new DomainError('INTERNAL_SERVER_ERROR', `relation endpoint ${id} is missing`);
  return entity;
}

@Resolver(() => RelationConnection)
export class RelationConnectionResolver {
  @FieldResolver(() => Int, {
    description:
      'How many relations match the same types, direction and asOf across all pages; counted only when asked for.',
  })
  totalCount(@Root() connection: RelationConnection, @Ctx() context: Context): Promise<number> {
    return context.loaders.relationCount.load(connection.countKey);
  }
}

@Resolver(() => SourceType)
export class SourceResolver {
  @FieldResolver(() => ID, {
    description:
      'Stable identity of this source, derived from its document, lines, quote, inferred and note: the same statement has the same id in every answer.',
  })
  id(@Root() source: SourceType): string {
    return sourceId(source);
  }

  @FieldResolver(() => Document, {
    description: 'The source document the lines and quote are in.',
  })
  document(@Root() source: SourceType, @Ctx() context: Context): DocumentValue {
    return documentOrFail(context, source.documentId);
  }
}

@Resolver(() => EntityMention)
export class EntityMentionResolver {
  @FieldResolver(() => Document, { description: 'The document that names the entity.' })
  document(@Root() mention: EntityMention, @Ctx() context: Context): DocumentValue {
    return documentOrFail(context, mention.documentId);
  }
}

function documentOrFail(context: Context, id: string): DocumentValue {
  const document = context.documents.get(id);
  if (!document) throw new DomainError('INTERNAL_SERVER_ERROR', `unknown document ${id}`);
  return context.documents.asEntity(document);
}
