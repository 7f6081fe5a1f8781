import { registerEnumType } from 'type-graphql';
import { ENTITY_KINDS, type EntityKind as DomainKind } from '../../domain/vocabulary';

/** GraphQL enum values are the domain kinds in upper case: FRAMEWORK, ACTION_ITEM, … */
export const EntityKind = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind.toUpperCase(), kind]),
) as Record<Uppercase<DomainKind>, DomainKind>;

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What kind of thing an entity is.',
});

export enum Lang {
  JA = 'ja',
  EN = 'en',
}
registerEnumType(Lang, { name: 'Lang', description: 'Language of names and explanations.' });

export enum Direction {
  OUT = 'OUT',
  IN = 'IN',
  BOTH = 'BOTH',
}
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Relations that start at the entity (OUT), end at it (IN), or both.',
});
