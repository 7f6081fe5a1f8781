import {
  getArgumentValues,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * Look-ahead: what a request asks for below the field being resolved, so that a resolver can
 * read it all in one store call and prime the loaders the field resolvers will ask.
 * Fragments (inline and named) are flattened; a field that appears under an alias or in
 * several fragments appears once per occurrence.
 */
export interface Selection {
  /** Field name → its occurrences. */
  fields: Map<string, FieldNode[]>;
  /** The type the selection is on (the named type of the field). */
  type: GraphQLNamedType;
}

export function selectionOf(info: GraphQLResolveInfo): Selection {
  return {
    fields: collect(
      info,
      info.fieldNodes.map((node) => node.selectionSet),
    ),
    type: getNamedType(info.returnType),
  };
}

/**
 * The fields beside a root field (itself included): the operation's top-level selection, so that
 * root fields that read the same data can share one store call. Null below the root.
 */
export function rootSelectionOf(info: GraphQLResolveInfo): Selection | null {
  if (info.path.prev !== undefined) return null;
  return { fields: collect(info, [info.operation.selectionSet]), type: info.parentType };
}

/** The selection below one occurrence of a field of `parent`. */
export function subSelection(
  info: GraphQLResolveInfo,
  parent: Selection,
  node: FieldNode,
): Selection | null {
  const field = fieldOf(parent.type, node.name.value);
  if (!field) return null;
  return { fields: collect(info, [node.selectionSet]), type: getNamedType(field.type) };
}

/** The arguments of one occurrence of a field of `parent`, coerced and defaulted as graphql-js does. */
export function argumentsOf(
  info: GraphQLResolveInfo,
  parent: Selection,
  node: FieldNode,
): Record<string, unknown> | null {
  const field = fieldOf(parent.type, node.name.value);
  if (!field) return null;
  try {
    return getArgumentValues(field, node, info.variableValues);
  } catch {
    // Invalid arguments: the field's own resolver reports them.
    return null;
  }
}

function fieldOf(type: GraphQLNamedType, name: string) {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

function collect(
  info: GraphQLResolveInfo,
  sets: ReadonlyArray<SelectionSetNode | undefined>,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const list = fields.get(selection.name.value) ?? [];
        list.push(selection);
        fields.set(selection.name.value, list);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}
