import type { EntityKind } from '../../domain/vocabulary';
import type { DirectionName } from '../../store/cypher/relations';
import { otherEnd, type EntityRecord, type RelationRecord } from '../../services/records';
import type { Context } from '../context';

export interface LinkValue {
  entity: EntityRecord;
  relation: RelationRecord;
}

/** Most links a typed field (participants, attendees, …) returns. */
export const MAX_TYPED_LINKS = 100;

/**
 * Entities linked to `entityId` by relations of `types`, through the per-request loaders (so a
 * list of N parents costs the same store calls as one). Optionally keeps only some kinds.
 */
export async function links(
  context: Context,
  entityId: string,
  types: string[],
  direction: DirectionName,
  kinds?: EntityKind[],
): Promise<LinkValue[]> {
  const relations = await context.loaders.relations.load({
    entityId,
    direction,
    types,
    asOf: null,
    after: null,
    limit: MAX_TYPED_LINKS,
  });
  const others = await context.loaders.entity.loadMany(relations.map((r) => otherEnd(r, entityId)));
  const result: LinkValue[] = [];
  relations.forEach((relation, index) => {
    const entity = others[index];
    if (entity && !(entity instanceof Error) && (!kinds || kinds.includes(entity.kind))) {
      result.push({ entity, relation });
    }
  });
  return result;
}
