/**
 * Domain errors carry a stable code; the GraphQL layer maps it once to `extensions.code`.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
  'CLIENT_GONE',
  'STORE_UNAVAILABLE',
  'CONSTRAINT_VIOLATION',
  'BAD_QUERY',
  'CONFLICT',
  'INVALID_CONFIG',
  'INVALID_SEEDS',
  'STORE_LOCKED',
  'STORE_CORRUPT',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DomainError';
  }
}
