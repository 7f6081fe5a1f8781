import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '../domain/errors';
import { TOO_COMPLEX_PREFIX } from './limits';

/** Codes Apollo and graphql-js produce themselves, passed through unchanged. */
const FRAMEWORK_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
]);

/** Store-side codes a client never needs to tell apart from a server fault. */
const INTERNAL_CODES = new Set([
  'BAD_QUERY',
  'CONSTRAINT_VIOLATION',
  'CONFLICT',
  'INVALID_SEEDS',
  'STORE_CORRUPT',
  'STORE_LOCKED',
  'INTERNAL_SERVER_ERROR',
  'INVALID_CONFIG',
]);

/**
 * Maps every error once to a stable `extensions.code`. Domain errors keep their message;
 * anything unexpected is masked (outside development) so that no stack, path or Cypher leaks.
 * Unexpected errors are logged, with the request id, by the request guard (`isUnexpected`).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
): GraphQLFormattedError {
  const base = { locations: formatted.locations, path: formatted.path };
  const code = publicCode(formatted, error);
  if (code === null) {
    return {
      ...base,
      message: development ? formatted.message : 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  const original = unwrapResolverError(error);
  const message = original instanceof DomainError ? original.message : formatted.message;
  return { ...base, message, extensions: { code } };
}

/** True for an error the service did not expect: a bug or a store fault, masked and logged. */
export function isUnexpected(error: GraphQLError): boolean {
  return publicCode({ message: error.message, extensions: error.extensions }, error) === null;
}

/** The code a client sees, or null when the error is unexpected and must be masked. */
function publicCode(formatted: GraphQLFormattedError, error: unknown): string | null {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return INTERNAL_CODES.has(original.code) ? null : original.code;
  }
  let code = String(formatted.extensions?.code ?? '');
  if (
    (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message.startsWith(TOO_COMPLEX_PREFIX)) ||
    (code === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] \d+ tokens/.test(formatted.message))
  ) {
    code = 'QUERY_TOO_COMPLEX';
  }
  // A scalar refuses a literal during validation with its own BAD_USER_INPUT (scalars.ts), which
  // Apollo relabels: keep it, so that a bad date in the query text fails as it does in a variable.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && isScalarRefusal(error)) code = 'BAD_USER_INPUT';
  // graphql-js stops coercing variables after 50 bad values with an uncoded error of its own.
  if (!formatted.path && formatted.message.startsWith('Too many errors processing variables')) {
    code = 'BAD_USER_INPUT';
  }
  if (FRAMEWORK_CODES.has(code)) return code;
  if (isRequestRefusal(original)) return 'BAD_REQUEST';
  return null;
}

/**
 * Apollo refuses some malformed requests (a persisted-query hash that does not match its query,
 * an unknown persisted-query version) with an uncoded error carrying a 4xx HTTP status; they
 * are the client's fault, not a server fault to mask.
 */
function isRequestRefusal(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return false;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** A validation error whose cause is a scalar's own coded refusal of a literal. */
function isScalarRefusal(error: unknown): boolean {
  const cause = error instanceof GraphQLError ? error.originalError : undefined;
  return cause instanceof GraphQLError && cause.extensions.code === 'BAD_USER_INPUT';
}
