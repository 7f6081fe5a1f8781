import { DomainError } from '../../domain/errors';

/**
 * Maps neo4j-driver errors by `code` (never by message text) to domain errors, so that callers
 * and GraphQL clients see one vocabulary whichever store runs.
 */
export function mapNeo4jError(error: unknown, queryName: string): DomainError {
  if (error instanceof DomainError) return error;
  const code = String((error as { code?: string }).code ?? '');
  const cause = { cause: error };
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.includes('DatabaseUnavailable')
  ) {
    return new DomainError('STORE_UNAVAILABLE', `Neo4j is unavailable (${code})`, cause);
  }
  if (code.includes('TransactionTimedOut') || code.includes('Transaction.LockClientStopped')) {
    return new DomainError('TIMEOUT', `query ${queryName} exceeded its time limit`, cause);
  }
  if (code.includes('ConstraintValidationFailed') || code.includes('ConstraintViolation')) {
    return new DomainError('CONSTRAINT_VIOLATION', `constraint violated by ${queryName}`, cause);
  }
  if (code.includes('Security.Unauthorized') || code.includes('Security.AuthenticationRateLimit')) {
    return new DomainError(
      'STORE_UNAVAILABLE',
      'Neo4j refused the credentials; check NEO4J_USERNAME and NEO4J_PASSWORD',
      cause,
    );
  }
  if (code.includes('Database.DatabaseNotFound')) {
    return new DomainError(
      'STORE_UNAVAILABLE',
      'the Neo4j database does not exist; check NEO4J_DATABASE',
      cause,
    );
  }
  if (code.startsWith('Neo.TransientError')) {
    return new DomainError('CONFLICT', `transient Neo4j error in ${queryName}; retry`, cause);
  }
  if (
    code.startsWith('Neo.ClientError.Statement') ||
    code.startsWith('Neo.ClientError.Procedure')
  ) {
    return new DomainError('BAD_QUERY', `query ${queryName} was rejected (${code})`, cause);
  }
  return new DomainError('INTERNAL_SERVER_ERROR', `Neo4j failed in ${queryName}`, cause);
}
