import { DomainError } from '../../domain/errors';
import { currentId } from '../../domain/retired-ids';
import { MAX_PAGE_SIZE } from '../limits';

/*
 * Checks shared by every resolver, so that one argument is refused the same way wherever it
 * appears: BAD_USER_INPUT, naming the argument, its range and the value given.
 */

/** Most ids `entities(ids:)` takes at once. */
export const MAX_IDS = 100;

/** The description every `first` argument carries: one rule, said one way. */
export function firstDescription(what: string, byDefault: number): string {
  return `How many ${what} to return at most: 1 to ${MAX_PAGE_SIZE}, ${byDefault} when absent.`;
}

/** A whole number in [min, max], or BAD_USER_INPUT saying so. */
export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DomainError('BAD_USER_INPUT', `${name} must be from ${min} to ${max}; got ${value}`);
  }
  return value;
}

/** Page sizes: 1 to MAX_PAGE_SIZE everywhere (0 would answer an empty page with no cursor). */
export function checkFirst(first: number): number {
  return checkRange('first', first, 1, MAX_PAGE_SIZE);
}

const ID_SHAPE = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** Refuses what is not an id; returns the id the entity has now (a retired id its survivor's). */
export function checkId(id: string): string {
  if (!ID_SHAPE.test(id)) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `${JSON.stringify(id.slice(0, 60))} is not an entity id (lower-case letters, digits and "-", e.g. "framework-ipef")`,
    );
  }
  return currentId(id);
}
