import { DomainError } from '../domain/errors';
import { isFullDate } from '../domain/partial-date';
import { isRelationType, RELATION_TYPE_NAMES } from '../domain/vocabulary';
import type { WalkFilter } from '../services/graph-walk';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_NEIGHBORHOOD_LIMIT } from '../services/neighborhood.service';
import { MAX_HOPS } from '../services/paths.service';
import type { ViewSpec } from './export-view';

/**
 * Turns the query parameters of GET /export/<format> (or the command line's flags) into a view,
 * with the bounds and messages of the `neighborhood` and `paths` queries:
 *   (none)                              the whole graph
 *   centre, depth, limit                a neighbourhood
 *   from, to, maxHops, first            the shortest paths between two entities
 * and for each, relationTypes (comma-separated) and asOf (YYYY-MM-DD).
 */
export const VIEW_PARAMETERS = [
  'centre',
  'depth',
  'limit',
  'from',
  'to',
  'maxHops',
  'first',
  'relationTypes',
  'asOf',
] as const;

type Params = Partial<Record<string, string>>;

const ID_SHAPE = /^[a-z0-9][a-z0-9-]{0,199}$/;

export function parseViewParams(params: Params): ViewSpec {
  const filter: WalkFilter = {
    types: relationTypes(params.relationTypes),
    asOf: asOf(params.asOf),
  };
  const centre = params.centre ?? params.center;
  if (centre !== undefined) {
    if (params.from !== undefined || params.to !== undefined) {
      bad('give either centre (a neighbourhood) or from and to (paths), not both');
    }
    return {
      kind: 'neighborhood',
      centre: entityId('centre', centre),
      depth: integer('depth', params.depth, 1, 1, MAX_NEIGHBORHOOD_DEPTH),
      limit: integer('limit', params.limit, 200, 1, MAX_NEIGHBORHOOD_LIMIT),
      filter,
    };
  }
  if (params.from !== undefined || params.to !== undefined) {
    if (params.from === undefined || params.to === undefined) bad('paths need both from and to');
    return {
      kind: 'paths',
      from: entityId('from', params.from),
      to: entityId('to', params.to),
      maxHops: integer('maxHops', params.maxHops, 4, 1, MAX_HOPS),
      first: integer('first', params.first, 5, 1, 20),
      filter,
    };
  }
  for (const name of ['depth', 'limit', 'maxHops', 'first']) {
    if (params[name] !== undefined)
      bad(`${name} needs ${name === 'depth' || name === 'limit' ? 'centre' : 'from and to'}`);
  }
  return { kind: 'graph', filter };
}

function bad(message: string): never {
  throw new DomainError('BAD_USER_INPUT', message);
}

function entityId(name: string, value: string): string {
  if (!ID_SHAPE.test(value)) {
    bad(
      `${name}=${JSON.stringify(value.slice(0, 60))} is not an entity id (lower-case letters, digits and "-", e.g. "framework-ipef")`,
    );
  }
  return value;
}

function integer(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    bad(`${name} must be a whole number from ${min} to ${max}`);
  return n;
}

function relationTypes(value: string | undefined): string[] | null {
  if (value === undefined || value.trim() === '') return null;
  const types = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = types.filter((t) => !isRelationType(t));
  if (unknown.length) {
    // An export is often fetched with curl, away from the schema: name every type it can use.
    bad(
      `unknown relation type(s): ${unknown.slice(0, 5).join(', ')}; relationTypes takes a comma-separated list of ${RELATION_TYPE_NAMES.join(', ')}`,
    );
  }
  return types;
}

function asOf(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (!isFullDate(value)) bad('asOf must be a date YYYY-MM-DD');
  return value;
}
