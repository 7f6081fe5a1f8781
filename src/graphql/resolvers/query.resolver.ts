import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { DomainError } from '../../domain/errors';
import type { EntityKind as DomainKind } from '../../domain/vocabulary';
import type { DocumentValue } from '../../services/document-registry';
import { edgeLabel } from '../../services/explanation';
import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_NEIGHBORHOOD_LIMIT,
  neighborhood,
} from '../../services/neighborhood.service';
import { readGraphVersion } from '../../services/graph-version.service';
import { MAX_HOPS, assertMaxHops, findPaths } from '../../services/paths.service';
import type { EntityRecord } from '../../services/records';
import { searchEntities } from '../../services/search.service';
import { countryPages, itemLinks } from '../../services/explorer.service';
import type { SharedView } from '../../services/shared.service';
import { timelineIds } from '../../services/timeline.service';
import { entityDetails } from '../../services/entity.service';
import { graphCounts } from '../../services/stats.service';
import { primeDetails, primeLinks, type SharedKey } from '../loaders/create-loaders';
import { asksItemLinks, asksRegions, sharedKeyOf, siblingSharedKey } from './explorer-plan';
import { MAX_TYPED_LINKS } from './links';
import { detailsPlan, strategyPlan } from './details-plan';
import type { Context } from '../context';
import { EntityKind, RelationTypeEnum } from '../types/enums';
import { Country, Document } from '../types/entity-kinds.type';
import { EntityInterface } from '../types/entity.interface';
import { GraphStats, HealthType, PathType, SearchHit, SharedEntity } from '../types/results.type';
import { DateMatch } from '../types/dates.type';
import { DateScalar } from '../types/scalars';
import { Subgraph } from '../types/subgraph.type';
import { checkRelationTypes } from './entity.resolver';
import { MAX_IDS, checkFirst, checkId, checkRange, firstDescription } from './arguments';

const ID_DESCRIPTION =
  'An entity id, e.g. "framework-ipef"; a retired id answers with the entity that replaced it.';
const RELATION_TYPES_DESCRIPTION =
  'Follow only relations of these types, e.g. [PARTICIPATES_IN, PART_OF]; every type when absent.';
const AS_OF_DESCRIPTION =
  'Follow only relations valid on this day (a month or a year: on any of its days); all when absent.';

@Resolver()
export class QueryResolver {
  @Query(() => HealthType, { description: 'Liveness of the API and which store serves it.' })
  health(@Ctx() context: Context): HealthType {
    // Liveness is about now: an answer that mentions it is never cached (no-store).
    context.request.neverCache();
    return { status: 'ok', engine: context.store.engine };
  }

  @Query(() => EntityInterface, {
    nullable: true,
    description: 'One entity by id; null when unknown.',
  })
  async entity(
    @Arg('id', () => ID, { description: ID_DESCRIPTION }) id: string,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRecord | null> {
    id = checkId(id);
    const document = context.documents.get(id);
    if (document && id.startsWith('doc-')) return context.documents.asEntity(document);
    const [found] = await entitiesWithDetails(context, info, [id]);
    return found ?? null;
  }

  @Query(() => [EntityInterface], {
    description:
      'Several entities by id, in the order first asked; unknown ids are left out and repeated ids answer once.',
  })
  async entities(
    @Arg('ids', () => [ID], {
      description: `Entity ids, at most ${MAX_IDS}; retired ids answer with the entity that replaced them.`,
    })
    ids: string[],
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRecord[]> {
    if (ids.length > MAX_IDS) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `ids must list at most ${MAX_IDS} ids; got ${ids.length}`,
      );
    }
    // A repeated id answers once: 100 copies of one hub would multiply all the work below it.
    return entitiesWithDetails(context, info, [...new Set(ids.map(checkId))]);
  }

  @Query(() => [SearchHit], {
    description: 'Find entities by name or alias, in Japanese or English.',
  })
  async search(
    @Arg('text', () => String, {
      description:
        'A name, alias or part of one, in Japanese or English, up to 200 characters; full-width, case and katakana variants are folded.',
    })
    text: string,
    @Arg('kinds', () => [EntityKind], {
      nullable: true,
      description: 'Only entities of these kinds; every kind when absent or empty.',
    })
    kinds: DomainKind[] | null,
    @Arg('first', () => Int, {
      defaultValue: 10,
      nullable: true,
      description: firstDescription('hits, best first,', 10),
    })
    first: number | null,
    @Ctx() context: Context,
  ): Promise<SearchHit[]> {
    first = checkFirst(first ?? 10);
    const results = await searchEntities(context.store, text, kinds?.length ? kinds : null, first);
    for (const result of results) context.loaders.entity.prime(result.entity.id, result.entity);
    return results;
  }

  @Query(() => Subgraph, {
    description: 'Entities and relations within `depth` hops, for drawing.',
  })
  async neighborhood(
    @Arg('id', () => ID, { description: 'The entity at the centre.' }) id: string,
    @Arg('depth', () => Int, {
      defaultValue: 1,
      nullable: true,
      description: `Hops from the centre to draw: 1 to ${MAX_NEIGHBORHOOD_DEPTH}.`,
    })
    depth: number | null,
    @Arg('relationTypes', () => [RelationTypeEnum], {
      nullable: true,
      description: RELATION_TYPES_DESCRIPTION,
    })
    relationTypes: string[] | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null,
    @Arg('limit', () => Int, {
      defaultValue: 200,
      nullable: true,
      description: `Most entities to draw: 1 to ${MAX_NEIGHBORHOOD_LIMIT}; truncated says when it cut the neighbourhood short.`,
    })
    limit: number | null,
    @Ctx() context: Context,
  ): Promise<Subgraph> {
    depth ??= 1;
    limit ??= 200;
    id = checkId(id);
    checkRange('depth', depth, 1, MAX_NEIGHBORHOOD_DEPTH);
    checkRange('limit', limit, 1, MAX_NEIGHBORHOOD_LIMIT);
    const types = checkRelationTypes(relationTypes);
    const result = await neighborhood(context.store, id, depth, limit, {
      types,
      asOf: asOf ?? null,
    });
    if (!result) throw new DomainError('NOT_FOUND', `no entity with id ${JSON.stringify(id)}`);
    context.loaders.entity.prime(id, result.centre);
    const unlabelled = result.nodeIds.filter((n) => !result.labels.has(n));
    for (const found of await context.loaders.entity.loadMany(unlabelled)) {
      if (found && !(found instanceof Error)) result.labels.set(found.id, found);
    }
    return {
      nodes: result.nodeIds.flatMap((nodeId) => {
        const n = result.labels.get(nodeId);
        return n ? [{ id: n.id, kind: n.kind, label: n.nameJa, labelEn: n.nameEn }] : [];
      }),
      edges: result.edges.map((e) => ({
        id: e.id,
        type: e.type,
        source: e.from,
        target: e.to,
        label: edgeLabel(e),
        sources: e.sources,
      })),
      truncated: result.truncated,
    };
  }

  @Query(() => [PathType], {
    description: 'The shortest chains of relations linking two entities.',
  })
  async paths(
    @Arg('from', () => ID, { description: 'The entity the paths start at.' }) from: string,
    @Arg('to', () => ID, { description: 'The entity the paths end at.' }) to: string,
    @Arg('maxHops', () => Int, {
      defaultValue: 4,
      nullable: true,
      description: `Longest path to look for, in relations: 1 to ${MAX_HOPS}. Long paths between hubs cost the most.`,
    })
    maxHops: number | null,
    @Arg('relationTypes', () => [RelationTypeEnum], {
      nullable: true,
      description: RELATION_TYPES_DESCRIPTION,
    })
    relationTypes: string[] | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null,
    @Arg('first', () => Int, {
      defaultValue: 5,
      nullable: true,
      description: firstDescription('paths, shortest first,', 5),
    })
    first: number | null,
    @Ctx() context: Context,
  ): Promise<PathType[]> {
    maxHops ??= 4;
    first = checkFirst(first ?? 5);
    from = checkId(from);
    to = checkId(to);
    assertMaxHops(maxHops);
    const types = checkRelationTypes(relationTypes);
    const found = await findPaths(context.store, {
      from,
      to,
      maxHops,
      first,
      types,
      asOf: asOf ?? null,
    });
    if (!found) {
      const missing = (await context.loaders.entity.loadMany([from, to])).findIndex(
        (e) => !e || e instanceof Error,
      );
      const id = missing === 1 ? to : from;
      throw new DomainError('NOT_FOUND', `no entity with id ${JSON.stringify(id)}`);
    }
    for (const node of found.nodes) context.loaders.entity.prime(node.id, node);
    return found.paths.map((p) => ({
      length: p.relations.length,
      nodeIds: p.nodeIds,
      relations: p.relations,
    }));
  }

  @Query(() => [SharedEntity], {
    description:
      'Entities linked to every one of the given entities, e.g. the frameworks both Japan and India take part in.',
  })
  async shared(
    @Arg('ids', () => [ID], {
      description:
        '2 to 10 distinct entity ids; an entity is shared when it is linked to each of them.',
    })
    ids: string[],
    @Arg('kinds', () => [EntityKind], {
      nullable: true,
      description: 'Only shared entities of these kinds; every kind when absent or empty.',
    })
    kinds: DomainKind[] | null,
    @Arg('relationTypes', () => [RelationTypeEnum], {
      nullable: true,
      description: RELATION_TYPES_DESCRIPTION,
    })
    relationTypes: string[] | null,
    @Arg('asOf', () => DateScalar, { nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null,
    @Arg('first', () => Int, {
      defaultValue: 50,
      nullable: true,
      description: firstDescription('shared entities', 50),
    })
    first: number | null,
    @Ctx() context: Context,
  ): Promise<SharedEntity[]> {
    const key = sharedKeyOf({ ids, kinds, relationTypes, asOf, first });
    const view = await loadShared(context, key);
    return view.shared;
  }

  @Query(() => [EntityInterface], {
    description:
      'Meetings (or other dated entities) in date order, filtered by a linked entity, subtype and date range.',
  })
  async timeline(
    @Arg('entityId', () => ID, {
      nullable: true,
      description: 'Only items linked to this entity by a relation of any type; all when absent.',
    })
    entityId: string | null,
    @Arg('kinds', () => [EntityKind], {
      nullable: true,
      description: 'Kinds of dated entity to list; meetings when absent or empty.',
    })
    kinds: DomainKind[] | null,
    @Arg('subtypes', () => [String], {
      nullable: true,
      description:
        'Only items of these subtypes, e.g. ["summit", "ministerial"] (the values Entity.subtype answers); all when absent.',
    })
    subtypes: string[] | null,
    @Arg('from', () => DateScalar, {
      nullable: true,
      description: 'Start of the window, inclusive; a month or a year starts on its first day.',
    })
    from: string | null,
    @Arg('to', () => DateScalar, {
      nullable: true,
      description: 'End of the window, inclusive; a month or a year ends on its last day.',
    })
    to: string | null,
    @Arg('dateMatch', () => DateMatch, {
      defaultValue: DateMatch.OVERLAP,
      nullable: true,
      description: 'Whether an item must overlap the window (default) or lie within it.',
    })
    dateMatch: DateMatch | null,
    @Arg('first', () => Int, {
      defaultValue: 50,
      nullable: true,
      description: firstDescription('entities, earliest first,', 50),
    })
    first: number | null,
    @Ctx() context: Context,
  ): Promise<EntityRecord[]> {
    first = checkFirst(first ?? 50);
    if (entityId) entityId = checkId(entityId);
    const ids = await timelineIds(context.store, {
      entityId: entityId ?? null,
      kinds: kinds?.length ? kinds : ['meeting'],
      subtypes: subtypes?.length ? subtypes : null,
      from: from ?? null,
      to: to ?? null,
      match: dateMatch ?? DateMatch.OVERLAP,
      limit: first,
    });
    const entities = await context.loaders.entity.loadMany(ids);
    return entities.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
  }

  @Query(() => Country, {
    nullable: true,
    description: 'A country by ISO 3166-1 alpha-2 code, e.g. "JP", "IN".',
  })
  async country(
    @Arg('code', () => String, {
      description: 'ISO 3166-1 alpha-2 code, either case: "JP", "us".',
    })
    code: string,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRecord | null> {
    if (!/^[A-Za-z]{2}$/.test(code)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'code must be an ISO 3166-1 alpha-2 code such as "JP" or "IN"',
      );
    }
    const id = `country-${code.toLowerCase()}`;
    // The strategy view reads the country with it: one store call for the whole view.
    const page = strategyPlan(info);
    let entity: EntityRecord | null;
    if (page && asksRegions(info)) {
      // The explorer's country page: regions too, still one statement.
      const found = (
        await countryPages(context.store, context.documents, [id], page, MAX_TYPED_LINKS)
      ).get(id);
      if (found) {
        context.loaders.strategy.prime({ entityId: id, ...page }, found.strategy);
        primeLinks(context.loaders, id, 'MEMBER_OF', 'OUT', MAX_TYPED_LINKS, found.regions);
      }
      entity = found?.strategy.country ?? null;
    } else {
      entity = page
        ? ((await context.loaders.strategy.load({ entityId: id, ...page }))?.country ?? null)
        : await context.loaders.entity.load(id);
    }
    return entity?.kind === 'country' ? entity : null;
  }

  @Query(() => Document, {
    nullable: true,
    description:
      'One source document by its entity id (e.g. "doc-trade-strategy-2026"); null when no document has that id, as entity(id:) answers.',
  })
  document(
    @Arg('id', () => ID, { description: 'The document\'s entity id, "doc-" and its name.' })
    id: string,
    @Ctx() context: Context,
  ): DocumentValue | null {
    id = checkId(id);
    const document = id.startsWith('doc-') ? context.documents.get(id) : undefined;
    return document ? context.documents.asEntity(document) : null;
  }

  @Query(() => [Document], { description: 'The source documents, with titles, issuers and dates.' })
  documents(@Ctx() context: Context): DocumentValue[] {
    return context.documents.documents.map((d) => context.documents.asEntity(d));
  }

  @Query(() => GraphStats, {
    description:
      'What the graph holds: entities and relations by kind and type, documents, and the version of the loaded seed.',
  })
  async stats(@Ctx() context: Context): Promise<GraphStats> {
    const [counts, version] = await Promise.all([
      graphCounts(context.store),
      readGraphVersion(context.store),
    ]);
    return {
      ...counts,
      documents: context.documents.documents.length,
      version: version?.version ?? null,
      fingerprint: version?.fingerprint ?? null,
      lastChanged: version?.lastChanged ?? null,
    };
  }
}

/**
 * Entities by id, in the order asked, unknown ids left out. When the request asks for their
 * sources or relations, one store call reads all of it and primes the loaders (look-ahead).
 */
async function entitiesWithDetails(
  context: Context,
  info: GraphQLResolveInfo,
  ids: string[],
): Promise<EntityRecord[]> {
  const plan = detailsPlan(info);
  if (!plan) return entitiesWithLinks(context, info, ids);
  const details = await entityDetails(context.store, [...new Set(ids)], plan.read);
  primeDetails(context.loaders, details.values(), plan.page);
  return ids.flatMap((id) => {
    const found = details.get(id);
    return found ? [found.entity] : [];
  });
}

/**
 * Entities by id when the selection asks for no sources or relations page: with the links of
 * strategy items and plans when it asks for those, from a sibling `shared` of the same ids when
 * there is one, else through the entity loader. One store call in each case.
 */
async function entitiesWithLinks(
  context: Context,
  info: GraphQLResolveInfo,
  ids: string[],
): Promise<EntityRecord[]> {
  let found: Map<string, EntityRecord>;
  const shared = siblingSharedKey(info, ids);
  if (asksItemLinks(info)) {
    const read = await itemLinks(context.store, [...new Set(ids)], MAX_TYPED_LINKS);
    found = new Map();
    for (const { entity, sectors, actions } of read.values()) {
      context.loaders.entity.prime(entity.id, entity);
      primeLinks(context.loaders, entity.id, 'PRIORITISES', 'OUT', MAX_TYPED_LINKS, sectors);
      primeLinks(context.loaders, entity.id, 'BELONGS_TO', 'IN', MAX_TYPED_LINKS, actions);
      found.set(entity.id, entity);
    }
  } else if (shared) {
    const view = await loadShared(context, shared);
    found = new Map(view.inputs.map((entity) => [entity.id, entity]));
  } else {
    const loaded = await context.loaders.entity.loadMany(ids);
    return loaded.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
  }
  return ids.flatMap((id) => {
    const entity = found.get(id);
    return entity ? [entity] : [];
  });
}

/** The shared view of `key`, its entities (shared and asked) handed to the entity loader. */
async function loadShared(context: Context, key: SharedKey): Promise<SharedView> {
  const view = await context.loaders.shared.load(key);
  for (const entity of view.inputs) context.loaders.entity.prime(entity.id, entity);
  for (const { entity } of view.shared) context.loaders.entity.prime(entity.id, entity);
  return view;
}
