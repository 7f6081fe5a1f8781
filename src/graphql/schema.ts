import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { CountryResolver } from './resolvers/country.resolver';
import { EntityDateResolver } from './resolvers/dates.resolver';
import { EntityResolver } from './resolvers/entity.resolver';
import {
  ActionPlanResolver,
  DocumentResolver,
  FrameworkResolver,
  IndicatorResolver,
  MeetingResolver,
  PersonResolver,
  RegionResolver,
  StrategyItemResolver,
} from './resolvers/kinds.resolver';
import { PathResolver } from './resolvers/path.resolver';
import { QueryResolver } from './resolvers/query.resolver';
import {
  EntityMentionResolver,
  RelationConnectionResolver,
  RelationResolver,
  SourceResolver,
} from './resolvers/relation.resolver';
import { ENTITY_OBJECT_TYPES } from './types/entity-kinds.type';

let cached: GraphQLSchema | undefined;

const QUERY_DESCRIPTION =
  'Read-only entry points into the Kizuna graph: entities with the document, lines and quote behind each fact, how they connect (paths, neighbourhoods, shared links), timelines, country strategy views and the source documents.';

/** The type-graphql schema; built once per process (it is immutable). */
export function buildKizunaSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers: [
      QueryResolver,
      EntityResolver,
      EntityDateResolver,
      RelationResolver,
      RelationConnectionResolver,
      SourceResolver,
      EntityMentionResolver,
      PathResolver,
      FrameworkResolver,
      MeetingResolver,
      PersonResolver,
      CountryResolver,
      RegionResolver,
      StrategyItemResolver,
      ActionPlanResolver,
      IndicatorResolver,
      DocumentResolver,
    ],
    orphanedTypes: ENTITY_OBJECT_TYPES,
    validate: false,
  });
  // type-graphql makes the root type itself and has no option for its description.
  const query = cached.getQueryType();
  if (query && !query.description) query.description = QUERY_DESCRIPTION;
  return cached;
}
