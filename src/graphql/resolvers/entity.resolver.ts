import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DomainError } from '../../domain/errors';
import { isRelationType } from '../../domain/vocabulary';
import { groupMentions, type RelationPage } from '../../services/entity.service';
import type { EntityRecord, RelationRecord } from '../../services/records';
import type { Context } from '../context';
import { Direction, Lang, RelationTypeEnum } from '../types/enums';
import { EntityInterface } from '../types/entity.interface';
import { RelationConnection } from '../types/relation.type';
import { DateScalar } from '../types/scalars';
import { SourceType } from '../types/source.type';
import { EntityMention } from '../types/results.type';
import { checkFirst, firstDescription } from './arguments';

/** Fields every entity kind shares, resolved once for the Entity interface. */
@Resolver(() => EntityInterface)
export class EntityResolver {
  @FieldResolver(() => String, {
    description: 'Name in the chosen language, falling back to Japanese.',
  })
  name(
    @Root() entity: EntityRecord,
    @Arg('lang', () => Lang, {
      defaultValue: Lang.JA,
      nullable: true,
      description: 'Language of the name; falls back to Japanese when there is no English one.',
    })
    lang: Lang | null,
  ): string {
    lang ??= Lang.JA;
    return lang === Lang.EN && entity.nameEn ? entity.nameEn : entity.nameJa;
  }

  @FieldResolver(() => [SourceType], { description: 'Where the documents state this entity.' })
  async sources(@Root() entity: EntityRecord, @Ctx() context: Context): Promise<SourceType[]> {
    return await context.loaders.sources.load(entity.id);
  }

  @FieldResolver(() => [EntityMention], {
    description: 'Every place a document names this entity.',
  })
  async mentions(@Root() entity: EntityRecord, @Ctx() context: Context): Promise<EntityMention[]> {
    return groupMentions(await context.loaders.mentions.load(entity.id));
  }

  @FieldResolver(() => RelationConnection, {
    description: 'Relations of this entity, a page at a time.',
  })
  async relations(
    @Root() entity: EntityRecord,
    @Ctx() context: Context,
    @Arg('types', () => [RelationTypeEnum], {
      nullable: true,
      description: 'Only relations of these types, e.g. [PARTICIPATES_IN]; every type when absent.',
    })
    types: string[] | null,
    @Arg('direction', () => Direction, {
      defaultValue: Direction.BOTH,
      nullable: true,
      description: 'Relations that start at this entity (OUT), end at it (IN), or both (default).',
    })
    direction: Direction | null,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Only relations valid on this day.',
    })
    asOf: string | null,
    @Arg('first', () => Int, {
      defaultValue: 20,
      nullable: true,
      description: firstDescription('relations', 20),
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last relation already read (pageInfo.endCursor).',
    })
    after: string | null,
  ): Promise<RelationConnection> {
    const { page, first: size } = relationPageOf({ types, direction, asOf, first, after });
    const rows: RelationRecord[] = await context.loaders.relations.load({
      entityId: entity.id,
      ...page,
    });
    const edges = rows.slice(0, size).map((node) => ({ cursor: encodeCursor(node.id), node }));
    const { direction: d, types: t, asOf: a } = page;
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > size,
        hasPreviousPage: page.after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      countKey: { entityId: entity.id, direction: d, types: t, asOf: a },
    };
  }
}

export interface RelationsArgs {
  types?: string[] | null;
  direction?: Direction | null;
  asOf?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The page `Entity.relations(…)` reads, from its arguments: one function for the field
 * resolver and the look-ahead, so both build the same loader key. Throws on bad input.
 */
export function relationPageOf(args: RelationsArgs): { page: RelationPage; first: number } {
  const first = checkFirst(args.first ?? 20);
  return {
    first,
    page: {
      direction: args.direction ?? Direction.BOTH,
      types: checkRelationTypes(args.types),
      asOf: args.asOf ?? null,
      after: args.after == null ? null : decodeCursor(args.after),
      limit: first + 1,
    },
  };
}

/**
 * Relation types must come from the vocabulary: they are matched against `type(r)`. The
 * RelationType enum already refuses others; this keeps callers outside GraphQL as safe.
 */
export function checkRelationTypes(types: string[] | null | undefined): string[] | null {
  if (!types || types.length === 0) return null;
  const unknown = types.filter((t) => !isRelationType(t));
  if (unknown.length > 0) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `unknown relation type(s): ${unknown
        .slice(0, 5)
        .map((t) => JSON.stringify(t.slice(0, 40)))
        .join(', ')}; the RelationType enum of the schema lists the types`,
    );
  }
  return [...new Set(types)];
}

/** Cursors are opaque to clients: base64url of the last relation id seen. */
export function encodeCursor(relationId: string): string {
  return Buffer.from(`rel:${relationId}`).toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('rel:') || cursor.length > 400) {
    throw new DomainError('BAD_USER_INPUT', 'after is not a cursor this API returned');
  }
  return decoded.slice(4);
}
