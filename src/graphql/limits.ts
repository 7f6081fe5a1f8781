import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isCompositeType,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/**
 * Validation rules that refuse expensive operations before any resolver runs: depth, aliases
 * and an estimated cost. Each error carries `extensions.code` QUERY_TOO_COMPLEX and says
 * which limit it hit. (The token limit is graphql-js's `maxTokens` parse option.)
 */

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/** Hard caps enforced by resolvers, with BAD_USER_INPUT. */
export const MAX_PAGE_SIZE = 100;
/** Items a list field is assumed to return when no `first`/`limit` argument says otherwise. */
const DEFAULT_LIST_SIZE = 5;
/** Every limit error starts with this, so that formatError can give it its own code (Apollo
 * relabels validation errors GRAPHQL_VALIDATION_FAILED). */
export const TOO_COMPLEX_PREFIX = 'Query too complex: ';

export function tooComplex(message: string): GraphQLError {
  return new GraphQLError(TOO_COMPLEX_PREFIX + message, {
    extensions: { code: 'QUERY_TOO_COMPLEX' },
  });
}

export function limitRules(limits: QueryLimits) {
  return [
    (context: ValidationContext): ASTVisitor => ({
      Document: {
        leave(document) {
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments.set(definition.name.value, definition);
          }
          for (const definition of document.definitions) {
            if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
            const root = context.getSchema().getRootType(definition.operation);
            if (!root) {
              // graphql-js 16 only finds this at execution, as an uncoded (masked) error.
              context.reportError(
                new GraphQLError(`this API is read-only: it has no ${definition.operation}s`),
              );
              continue;
            }
            const measure = new Measure(fragments, context.getSchema());
            const cost = measure.selection(definition.selectionSet, root, 1, new Set());
            if (measure.depth > limits.maxDepth) {
              context.reportError(
                tooComplex(`query depth ${measure.depth} exceeds the limit of ${limits.maxDepth}`),
              );
            }
            if (measure.aliases > limits.maxAliases) {
              context.reportError(
                tooComplex(
                  `query uses ${measure.aliases} aliases; the limit is ${limits.maxAliases}`,
                ),
              );
            }
            if (cost > limits.maxCost) {
              context.reportError(
                tooComplex(
                  `query cost ${Math.round(cost)} exceeds the limit of ${limits.maxCost}; ask for fewer items or fewer nested lists`,
                ),
              );
            }
          }
        },
      },
    }),
  ];
}

class Measure {
  depth = 0;
  aliases = 0;
  /** Cost, relative depth and aliases of each fragment, by fragment, type and page size. */
  private readonly measured = new Map<string, { cost: number; depth: number; aliases: number }>();

  constructor(
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly schema: GraphQLSchema,
  ) {}

  /** Estimated cost of a selection set: each field 1, times the size of enclosing lists. */
  selection(
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    depth: number,
    visiting: Set<string>,
    connectionSize?: number,
  ): number {
    this.depth = Math.max(this.depth, depth);
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        cost += this.field(selection, parent, depth, visiting, connectionSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition
          ? (this.typeNamed(parent, selection.typeCondition.name.value) ?? parent)
          : parent;
        cost += this.selection(selection.selectionSet, type, depth, visiting, connectionSize);
      } else {
        const name = selection.name.value;
        const fragment = this.fragments.get(name);
        // A fragment cycle is reported by graphql-js's own rule; do not loop on it here.
        if (!fragment || visiting.has(name)) continue;
        const type = this.typeNamed(parent, fragment.typeCondition.name.value) ?? parent;
        cost += this.spread(fragment, type, depth, new Set([...visiting, name]), connectionSize);
      }
    }
    return cost;
  }

  /**
   * A fragment is measured once and its figures reused: a fragment that spreads another twice,
   * nested 30 deep, would otherwise take 2^30 steps (a few hundred bytes that hang a core).
   */
  private spread(
    fragment: FragmentDefinitionNode,
    type: GraphQLCompositeType,
    depth: number,
    visiting: Set<string>,
    connectionSize?: number,
  ): number {
    const key = `${fragment.name.value}:${type.name}:${connectionSize ?? ''}`;
    let measured = this.measured.get(key);
    if (!measured) {
      const outer = { depth: this.depth, aliases: this.aliases };
      this.depth = depth;
      this.aliases = 0;
      const cost = this.selection(fragment.selectionSet, type, depth, visiting, connectionSize);
      measured = { cost, depth: this.depth - depth, aliases: this.aliases };
      this.measured.set(key, measured);
      this.depth = outer.depth;
      this.aliases = outer.aliases;
    }
    this.depth = Math.max(this.depth, depth + measured.depth);
    this.aliases += measured.aliases;
    return measured.cost;
  }

  private field(
    node: FieldNode,
    parent: GraphQLCompositeType,
    depth: number,
    visiting: Set<string>,
    connectionSize?: number,
  ): number {
    if (node.alias) this.aliases++;
    if (node.name.value.startsWith('__')) return 0;
    const fields = 'getFields' in parent ? parent.getFields() : {};
    const definition = fields[node.name.value] as GraphQLField<unknown, unknown> | undefined;
    if (!definition) return 0;
    const named = getNamedType(definition.type);
    // Leaves are free: cost counts the objects a query makes the server fetch and build.
    if (!node.selectionSet || !isCompositeType(named)) return 0;
    const pageSize = listSize(node, definition);
    if (isListType(getNullableType(definition.type))) {
      // A connection's `edges` are as many as the connection's `first`.
      const size = connectionSize ?? pageSize ?? DEFAULT_LIST_SIZE;
      return 1 + size * this.selection(node.selectionSet, named, depth + 1, visiting);
    }
    return 1 + this.selection(node.selectionSet, named, depth + 1, visiting, pageSize);
  }

  private typeNamed(_parent: GraphQLCompositeType, name: string): GraphQLCompositeType | undefined {
    const type = this.schema.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  }
}

/** The page size a field asks for through `first` or `limit` (or their defaults), if any. */
function listSize(node: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined {
  for (const name of ['first', 'limit']) {
    if (!definition.args.some((a) => a.name === name)) continue;
    const argument = node.arguments?.find((a) => a.name.value === name);
    return (
      (argument && numberOf(argument.value)) ?? defaultOf(definition, name) ?? DEFAULT_LIST_SIZE
    );
  }
  return undefined;
}

function numberOf(value: ValueNode): number | undefined {
  return value.kind === Kind.INT ? Number(value.value) : undefined;
}

function defaultOf(definition: GraphQLField<unknown, unknown>, name: string): number | undefined {
  const value = definition.args.find((a) => a.name === name)?.defaultValue;
  return typeof value === 'number' ? value : undefined;
}
