import type { GraphQLResolveInfo } from 'graphql';
import type { StrategyPage } from '../../services/country.service';
import type { RelationPage } from '../../services/entity.service';
import { argumentsOf, selectionOf, subSelection } from '../lookahead';
import { strategyPageOf } from './country.resolver';
import { relationPageOf } from './entity.resolver';

export interface DetailsPlan {
  /** What to read with the entities: null for sources only. */
  read: (RelationPage & { withTotal: boolean }) | null;
  /** The relations page the loaders are primed with (the key `Entity.relations` will ask). */
  page: RelationPage | null;
}

/**
 * What an entity field's selection needs beyond the entity: null when nothing (the entity
 * loader serves it), else its sources and the first `relations(…)` page asked for, with
 * `totalCount` when selected. Other pages (aliases with other arguments) go through the loaders.
 */
export function detailsPlan(info: GraphQLResolveInfo): DetailsPlan | null {
  const selection = selectionOf(info);
  const relations = selection.fields.get('relations')?.[0];
  if (!relations) return selection.fields.has('sources') ? { read: null, page: null } : null;
  const args = argumentsOf(info, selection, relations);
  let page: RelationPage | null = null;
  try {
    page = args ? relationPageOf(args).page : null;
  } catch {
    // Arguments the field resolver will refuse: read the entity and its sources only.
  }
  if (!page) return { read: null, page: null };
  const withTotal = subSelection(info, selection, relations)?.fields.has('totalCount') ?? false;
  return { read: { ...page, withTotal }, page };
}

/**
 * The page of the strategy view a country field's selection asks for (its first `strategy`
 * occurrence), or null when it asks for none or with arguments the field will refuse.
 */
export function strategyPlan(info: GraphQLResolveInfo): StrategyPage | null {
  const selection = selectionOf(info);
  const strategy = selection.fields.get('strategy')?.[0];
  if (!strategy) return null;
  const args = argumentsOf(info, selection, strategy);
  try {
    return args ? strategyPageOf(args) : null;
  } catch {
    return null;
  }
}
