import {
  Kind,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The cost of one operation with its variables in hand: every field costs 1 (leaves too: each is
 * a value to compute and send), and a list multiplies what it selects by the number of items it
 * can really return: its `first`/`limit`/`ids` argument (clamped to the field's own maximum,
 * beyond which the resolver refuses the request anyway), or the list's cap.
 *
 * Run per request after variable coercion (graphql-js validation rules see only the document,
 * so `first: $n` would be invisible to them).
 */

/** Most items of each argument-sized list (the resolvers refuse more with BAD_USER_INPUT). */
const ARGUMENT_MAXIMUM: Record<string, number> = {
  first: 100,
  limit: 1000,
  ids: 100,
};
/** Document.lines answers at most this many lines. */
const MAX_DOCUMENT_LINES = 500;

/**
 * Lists without a size argument, at the most they return. Typed link lists (`[Link!]!`) are at
 * the resolvers' cap; source lists at a generous bound of what the seed graph holds (46 on an
 * entity, 9 on a relation): nothing caps them, so the per-request value cap is the backstop.
 */
export const TYPED_LINK_CAP = 100;
const LIST_SIZE: Record<string, number> = {
  'Query.documents': 10,
  'Entity.sources': 50,
  'Entity.mentions': 10,
  'Relation.sources': 10,
  'GraphEdge.sources': 10,
  // The items of all groups together are one page (`first` of Country.strategy, handed down),
  // so the groups are counted once; each item shows at most 20 sectors and 20 actions.
  'Country.strategy': 1,
  'CountryStrategyGroup.items': TYPED_LINK_CAP,
  'CountryStrategyItem.prioritySectors': 20,
  'CountryStrategyItem.actions': 20,
  'SharedEntity.relations': 10,
  'GraphStats.byKind': 20,
  'GraphStats.byRelationType': 50,
};
/** A list this table does not know: counted at the typed-link cap, never as a handful. */
const UNKNOWN_LIST_SIZE = TYPED_LINK_CAP;

/** Sizes a parent field hands down to its lists (a connection's edges, a path's nodes, …). */
type Inherited = Record<string, number> | undefined;

export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return new CostWalk(schema, fragments, variables).selection(
    operation.selectionSet,
    root,
    new Set(),
    undefined,
  );
}

class CostWalk {
  /** Each fragment is priced once per (type, inherited sizes): fragment bombs stay linear. */
  private readonly priced = new Map<string, number>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  selection(
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    visiting: Set<string>,
    inherited: Inherited,
  ): number {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += this.field(selection, parent, visiting, inherited);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? this.typeNamed(selection.typeCondition.name.value, parent)
          : parent;
        cost += this.selection(selection.selectionSet, type, visiting, inherited);
      } else {
        const name = selection.name.value;
        const fragment = this.fragments[name];
        // Cycles are refused by graphql-js's own rule; never loop on one here.
        if (!fragment || visiting.has(name)) continue;
        const type = this.typeNamed(fragment.typeCondition.name.value, parent);
        const key = `${name}:${type.name}:${JSON.stringify(inherited ?? {})}`;
        let price = this.priced.get(key);
        if (price === undefined) {
          price = this.selection(
            fragment.selectionSet,
            type,
            new Set([...visiting, name]),
            inherited,
          );
          this.priced.set(key, price);
        }
        cost += price;
      }
    }
    return cost;
  }

  private field(
    node: FieldNode,
    parent: GraphQLCompositeType,
    visiting: Set<string>,
    inherited: Inherited,
  ): number {
    if (node.name.value.startsWith('__')) return 1;
    const fields = 'getFields' in parent ? parent.getFields() : {};
    const definition = fields[node.name.value] as GraphQLField<unknown, unknown> | undefined;
    if (!definition) return 1;
    const named = getNamedType(definition.type);
    if (!node.selectionSet || !isCompositeType(named)) return 1;
    const args = this.argumentsOf(definition, node);
    const handed = handedDown(parent.name, node.name.value, args);
    const child = this.selection(node.selectionSet, named, visiting, handed);
    const own = 1 + storeWork(parent.name, node.name.value, args);
    if (!isListType(getNullableType(definition.type))) return own + child;
    return own + this.listSize(parent, definition, node.name.value, args, inherited) * child;
  }

  private listSize(
    parent: GraphQLCompositeType,
    definition: GraphQLField<unknown, unknown>,
    name: string,
    args: Record<string, unknown>,
    inherited: Inherited,
  ): number {
    const fromParent = inherited?.[name];
    if (fromParent !== undefined) return fromParent;
    // The groups of a strategy page share its `first` items (handed down to `items`).
    if (parent.name === 'Country' && name === 'strategy') return LIST_SIZE['Country.strategy'];
    // Repeated ids answer once.
    if (parent.name === 'Query' && name === 'entities' && Array.isArray(args.ids)) {
      return inRange(new Set(args.ids).size, ARGUMENT_MAXIMUM.ids);
    }
    if (typeof args.from === 'number' && typeof args.to === 'number') {
      return inRange(args.to - args.from + 1, MAX_DOCUMENT_LINES);
    }
    for (const sizeArgument of ['first', 'limit'] as const) {
      const value = args[sizeArgument];
      if (typeof value === 'number') {
        return inRange(value, ARGUMENT_MAXIMUM[sizeArgument]);
      }
    }
    const known = LIST_SIZE[`${parent.name}.${name}`] ?? this.interfaceSize(parent, name);
    if (known !== undefined) return known;
    if (getNamedType(definition.type).name === 'Link') return TYPED_LINK_CAP;
    return UNKNOWN_LIST_SIZE;
  }

  /** `Entity.sources` applies to every entity type. */
  private interfaceSize(parent: GraphQLCompositeType, name: string): number | undefined {
    if (!('getInterfaces' in parent)) return undefined;
    for (const face of parent.getInterfaces()) {
      const size = LIST_SIZE[`${face.name}.${name}`];
      if (size !== undefined) return size;
    }
    return undefined;
  }

  /** Argument values with variables and defaults applied; invalid ones fail later, at execution. */
  private argumentsOf(
    definition: GraphQLField<unknown, unknown>,
    node: FieldNode,
  ): Record<string, unknown> {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(definition, node, this.variables);
    } catch {
      return {};
    }
    // The resolvers read an explicit null as the argument's default.
    for (const argument of definition.args) {
      if (values[argument.name] == null && argument.defaultValue !== undefined) {
        values[argument.name] = argument.defaultValue;
      }
    }
    return values;
  }

  private typeNamed(name: string, fallback: GraphQLCompositeType): GraphQLCompositeType {
    const type = this.schema.getType(name);
    return type && isCompositeType(type) ? type : fallback;
  }
}

/**
 * Work a root field does in the store beyond the values it returns, in the same unit (about the
 * time of one resolved value, some microseconds), measured on the seed graph
 * (scripts/reliability/worst-query.ts): a neighbourhood costs about 250 per node and level
 * asked for, paths grow steeply with hops (5 or 6 hops between hubs take about a second, so they are
 * over the default limit).
 */
const PATHS_WORK_BY_HOPS = [0, 100, 1000, 5000, 40000, 450000, 1000000];
function storeWork(parent: string, field: string, args: Record<string, unknown>): number {
  if (parent !== 'Query') return 0;
  const number = (name: string, fallback: number): number =>
    typeof args[name] === 'number' ? args[name] : fallback;
  switch (field) {
    case 'neighborhood':
      return 250 * inRange(number('depth', 1), 3) * inRange(number('limit', 200), 1000);
    case 'paths':
      return PATHS_WORK_BY_HOPS[inRange(number('maxHops', 4), 6)];
    case 'search':
    case 'timeline':
    case 'shared':
      return 100;
    default:
      return 0;
  }
}

/** Sizes a field fixes for the lists below it. */
function handedDown(parent: string, field: string, args: Record<string, unknown>): Inherited {
  const number = (name: string): number | undefined =>
    typeof args[name] === 'number' ? args[name] : undefined;
  if (field === 'relations' && number('first') !== undefined) {
    // A connection's edges are as many as its `first`.
    return { edges: inRange(number('first')!, ARGUMENT_MAXIMUM.first) };
  }
  if (parent === 'Country' && field === 'strategy') {
    return { items: inRange(number('first') ?? 20, ARGUMENT_MAXIMUM.first) };
  }
  if (parent === 'Query' && field === 'paths') {
    const hops = inRange(number('maxHops') ?? 6, 6);
    return { nodes: hops + 1, relations: hops };
  }
  if (parent === 'Query' && field === 'neighborhood') {
    const limit = inRange(number('limit') ?? 1000, ARGUMENT_MAXIMUM.limit);
    return { nodes: limit, edges: 2 * limit };
  }
  if (parent === 'Query' && field === 'shared') {
    // Each shared entity carries one relation per given id.
    const ids = Array.isArray(args.ids) ? new Set(args.ids).size : 10;
    return { relations: Math.min(ids, 10) };
  }
  return undefined;
}

/**
 * A size argument as the resolver will take it: a value beyond its maximum (or below 0) is
 * refused with BAD_USER_INPUT before any work, so it costs nothing here and the client gets
 * that clearer error rather than QUERY_TOO_COMPLEX.
 */
function inRange(value: number, maximum: number): number {
  return value < 0 || value > maximum ? 0 : value;
}
