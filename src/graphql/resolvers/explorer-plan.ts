import type { GraphQLResolveInfo } from 'graphql';
import { DomainError } from '../../domain/errors';
import type { SharedKey } from '../loaders/create-loaders';
import { argumentsOf, rootSelectionOf, selectionOf } from '../lookahead';
import { checkFirst, checkId } from './arguments';
import { checkRelationTypes } from './entity.resolver';

/*
 * Look-ahead for the explorer's views: which of them a selection asks for, so that the resolver
 * reads it in one store call and primes the loaders the field resolvers will ask.
 */

/** A country field's selection asks for its regions (read with the strategy page, then). */
export function asksRegions(info: GraphQLResolveInfo): boolean {
  return selectionOf(info).fields.has('regions');
}

/**
 * An entity field's selection asks for priority sectors or items (StrategyItem, ActionPlan):
 * both are read with the entities in one statement.
 */
export function asksItemLinks(info: GraphQLResolveInfo): boolean {
  const { fields } = selectionOf(info);
  return fields.has('prioritySectors') || fields.has('items');
}

/** The arguments of `Query.shared`, checked; throws what the field reports on bad input. */
export function sharedKeyOf(args: {
  ids?: unknown;
  kinds?: unknown;
  relationTypes?: unknown;
  asOf?: unknown;
  first?: unknown;
}): SharedKey {
  const unique = [...new Set((args.ids as string[]).map(checkId))];
  if (unique.length < 2 || unique.length > 10) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `ids must list from 2 to 10 distinct ids; got ${unique.length}`,
    );
  }
  const first = checkFirst(Number(args.first ?? 50));
  const types = checkRelationTypes((args.relationTypes as string[] | null | undefined) ?? null);
  const kinds = (args.kinds as string[] | null | undefined) ?? null;
  return {
    ids: unique,
    kinds: kinds?.length ? kinds : null,
    types,
    asOf: (args.asOf as string | null | undefined) ?? null,
    first,
  };
}

/**
 * When a root field reading the entities `ids` sits beside a `shared` of the same ids (the
 * explorer's shared view asks for both), the key of that `shared`: its one statement reads these
 * entities too. Null otherwise, or when that `shared` has arguments it will refuse.
 */
export function siblingSharedKey(info: GraphQLResolveInfo, ids: string[]): SharedKey | null {
  const root = rootSelectionOf(info);
  const node = root?.fields.get('shared')?.[0];
  if (!root || !node) return null;
  const args = argumentsOf(info, root, node);
  if (!args) return null;
  let key: SharedKey;
  try {
    key = sharedKeyOf(args);
  } catch {
    return null;
  }
  const asked = new Set(ids);
  return key.ids.length === asked.size && key.ids.every((id) => asked.has(id)) ? key : null;
}
