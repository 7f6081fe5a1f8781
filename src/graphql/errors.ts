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
  'INVALID_CONFIG',
]);

/**
 * Maps every error once to a stable `extensions.code`. Domain errors keep their message;
 * anything unexpected is masked (outside development) so that no stack, path or Cypher leaks.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  development: boolean,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    if (INTERNAL_CODES.has(original.code)) {
      log(original);
      return {
        ...base,
        message: development ? original.message : 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    }
    return { ...base, message: original.message, extensions: { code: original.code } };
  }
  let code = String(formatted.extensions?.code ?? '');
  if (
    (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message.startsWith(TOO_COMPLEX_PREFIX)) ||
    (code === 'GRAPHQL_PARSE_FAILED' && /more tha[nt] \d+ tokens/.test(formatted.message))
  ) {
    code = 'QUERY_TOO_COMPLEX';
  }
  // graphql-js stops coercing variables after 50 bad values with an uncoded error of its own.
  if (!formatted.path && formatted.message.startsWith('Too many errors processing variables')) {
    code = 'BAD_USER_INPUT';
  }
  if (FRAMEWORK_CODES.has(code)) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  if (isRequestRefusal(original)) {
    return { ...base, message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  log(original);
  return {
    ...base,
    message: development ? formatted.message : 'Internal server error',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
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
