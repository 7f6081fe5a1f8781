import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { DomainError } from '../../domain/errors';
import { isRelationType } from '../../domain/vocabulary';
import type { EntityRecord, RelationRecord } from '../../services/records';
import type { Context } from '../context';
import { MAX_PAGE_SIZE } from '../limits';
import { Direction, Lang } from '../types/enums';
import { EntityInterface } from '../types/entity.interface';
import { RelationConnection } from '../types/relation.type';
import { DateScalar } from '../types/scalars';
import { SourceType } from '../types/source.type';
import { EntityMention } from '../types/results.type';

/** Fields every entity kind shares, resolved once for the Entity interface. */
@Resolver(() => EntityInterface)
export class EntityResolver {
  @FieldResolver(() => String, {
    description: 'Name in the chosen language, falling back to Japanese.',
  })
  name(
    @Root() entity: EntityRecord,
    @Arg('lang', () => Lang, { defaultValue: Lang.JA, nullable: true }) lang: Lang | null,
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
    const raw = await context.loaders.mentions.load(entity.id);
    const byDocument = new Map<string, EntityMention>();
    for (const mention of raw) {
      const [documentId, line, ...name] = mention.split(':');
      const entry = byDocument.get(documentId) ?? { documentId, lines: [], matched: [] };
      if (!entry.lines.includes(Number(line))) entry.lines.push(Number(line));
      const matched = name.join(':');
      if (!entry.matched.includes(matched)) entry.matched.push(matched);
      byDocument.set(documentId, entry);
    }
    return [...byDocument.values()];
  }

  @FieldResolver(() => RelationConnection, {
    description: 'Relations of this entity, a page at a time.',
  })
  async relations(
    @Root() entity: EntityRecord,
    @Ctx() context: Context,
    @Arg('types', () => [String], { nullable: true }) types: string[] | null,
    @Arg('direction', () => Direction, { defaultValue: Direction.BOTH, nullable: true })
    direction: Direction | null,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg('first', () => Int, { defaultValue: 20, nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<RelationConnection> {
    direction ??= Direction.BOTH;
    first ??= 20;
    if (first < 0 || first > MAX_PAGE_SIZE) {
      throw new DomainError('BAD_USER_INPUT', `first must be from 0 to ${MAX_PAGE_SIZE}`);
    }
    const relationTypes = checkRelationTypes(types);
    const afterId = after == null ? null : decodeCursor(after);
    const key = { entityId: entity.id, direction, types: relationTypes, asOf: asOf ?? null };
    const rows: RelationRecord[] = await context.loaders.relations.load({
      ...key,
      after: afterId,
      limit: first + 1,
    });
    const page = rows.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
    return {
      edges: edges as unknown as RelationConnection['edges'],
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: afterId !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      countKey: key,
    };
  }
}

/** Relation types must come from the vocabulary: they are matched against `type(r)`. */
export function checkRelationTypes(types: string[] | null | undefined): string[] | null {
  if (!types || types.length === 0) return null;
  const unknown = types.filter((t) => !isRelationType(t));
  if (unknown.length > 0) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `unknown relation type(s): ${unknown
        .slice(0, 5)
        .map((t) => JSON.stringify(t.slice(0, 40)))
        .join(', ')}; see the RelationTypeName values in the schema docs`,
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
