import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Validation rules that refuse expensive documents before any resolver runs: depth and aliases.
 * Each error carries `extensions.code` QUERY_TOO_COMPLEX and says which limit it hit. (The token
 * limit is graphql-js's `maxTokens` parse option; the cost, which depends on variables, is
 * priced per request by the request guard in request-guard.plugin.ts.)
 */

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
}

/** Hard caps enforced by resolvers, with BAD_USER_INPUT. */
export const MAX_PAGE_SIZE = 100;
/** Every limit error starts with this, so that formatError can give it its own code (Apollo
 * relabels validation errors GRAPHQL_VALIDATION_FAILED). */
export const TOO_COMPLEX_PREFIX = 'Query too complex: ';

export function tooComplex(message: string): GraphQLError {
  return new GraphQLError(TOO_COMPLEX_PREFIX + message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
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
            const measure = new Measure(fragments);
            measure.selection(definition.selectionSet, 1, new Set());
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
          }
        },
      },
    }),
  ];
}

/** Root fields that answer from the schema, not the graph. */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

class Measure {
  depth = 0;
  aliases = 0;
  /** Relative depth and aliases of each fragment, measured once. */
  private readonly measured = new Map<string, { depth: number; aliases: number }>();

  constructor(private readonly fragments: Map<string, FragmentDefinitionNode>) {}

  selection(set: SelectionSetNode, depth: number, visiting: Set<string>): void {
    this.depth = Math.max(this.depth, depth);
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) this.aliases++;
        if (selection.selectionSet && INTROSPECTION_ROOTS.has(selection.name.value)) {
          // Introspection's depth is graphql-js's MaxIntrospectionDepthRule's to bound (one of
          // the specified rules Apollo runs): the query GraphiQL and codegen send is 15 deep only
          // through its `ofType` chain, which costs nothing. Its aliases still count.
          const inner = new Measure(this.fragments);
          inner.selection(selection.selectionSet, depth + 1, visiting);
          this.aliases += inner.aliases;
        } else if (selection.selectionSet) {
          this.selection(selection.selectionSet, depth + 1, visiting);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        this.selection(selection.selectionSet, depth, visiting);
      } else {
        const name = selection.name.value;
        const fragment = this.fragments.get(name);
        // A fragment cycle is reported by graphql-js's own rule; do not loop on it here.
        if (!fragment || visiting.has(name)) continue;
        this.spread(fragment, depth, new Set([...visiting, name]));
      }
    }
  }

  /**
   * A fragment is measured once and its figures reused: a fragment that spreads another twice,
   * nested 30 deep, would otherwise take 2^30 steps (a few hundred bytes that hang a core).
   */
  private spread(fragment: FragmentDefinitionNode, depth: number, visiting: Set<string>): void {
    const key = fragment.name.value;
    let measured = this.measured.get(key);
    if (!measured) {
      const outer = { depth: this.depth, aliases: this.aliases };
      this.depth = depth;
      this.aliases = 0;
      this.selection(fragment.selectionSet, depth, visiting);
      measured = { depth: this.depth - depth, aliases: this.aliases };
      this.measured.set(key, measured);
      this.depth = outer.depth;
      this.aliases = outer.aliases;
    }
    this.depth = Math.max(this.depth, depth + measured.depth);
    this.aliases += measured.aliases;
  }
}
