import { Kind, parse, print, visit, type FieldNode } from 'graphql';

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * The query with `__typename` in every selection set, so that a captured answer tells
 * graphql-js's default type resolver which object type each interface value is.
 */
export function addTypenameToSelections(query: string): string {
  return print(
    visit(parse(query), {
      SelectionSet(node) {
        const has = node.selections.some(
          (s) => s.kind === Kind.FIELD && s.name.value === '__typename',
        );
        return has ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
      },
    }),
  );
}
