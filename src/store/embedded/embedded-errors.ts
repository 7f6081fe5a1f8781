import { DomainError } from '../../domain/errors';

/** Maps Grafeo errors by GQLSTATUS (never by message text) to domain errors. */
export function mapEmbeddedError(error: unknown, queryName: string): DomainError {
  if (error instanceof DomainError) return error;
  const status = gqlStatusOf(error);
  const message = (error as Error).message ?? String(error);
  if (status === '40000') {
    return new DomainError('CONFLICT', `write conflict in ${queryName}; retry`, { cause: error });
  }
  if (status.startsWith('G2') || /constraint violation/i.test(message)) {
    return new DomainError('CONSTRAINT_VIOLATION', `constraint violated by ${queryName}`, {
      cause: error,
    });
  }
  if (status.startsWith('42') || status.startsWith('22')) {
    return new DomainError('BAD_QUERY', `query ${queryName} was rejected (${status})`, {
      cause: error,
    });
  }
  return new DomainError('INTERNAL_SERVER_ERROR', `embedded store failed in ${queryName}`, {
    cause: error,
  });
}

/** Explains why a data directory could not be opened, with what to do about it. */
export function mapOpenError(error: unknown, path: string): DomainError {
  const message = (error as Error).message ?? String(error);
  // The word "locked", not "lock": a truncated file's error names its "directory block".
  if (/\blocked\b/i.test(message)) {
    return new DomainError(
      'STORE_LOCKED',
      `embedded database ${path} is in use by another process (file lock held); stop that process or set KIZUNA_DATA_DIR to another directory`,
      { cause: error },
    );
  }
  if (/permission|EACCES|denied/i.test(message)) {
    return new DomainError(
      'STORE_UNAVAILABLE',
      `embedded database ${path} cannot be read or written (permission denied); fix the permissions of KIZUNA_DATA_DIR`,
      { cause: error },
    );
  }
  return new DomainError(
    'STORE_CORRUPT',
    `embedded database ${path} cannot be opened (${message.split('\n')[0]}); move the file aside and run npm run seed to rebuild it`,
    { cause: error },
  );
}

/**
 * Grafeo's wrapper moves the GQLSTATUS to `err.gqlStatus`, but only when the error passes its
 * `instanceof Error` check; across realms (a Jest VM, worker threads) it stays in `err.cause`.
 */
function gqlStatusOf(error: unknown): string {
  const direct = (error as { gqlStatus?: unknown }).gqlStatus;
  if (typeof direct === 'string') return direct;
  const cause = (error as { cause?: { message?: unknown } }).cause;
  const marker = 'GQLSTATUS ';
  if (typeof cause?.message === 'string' && cause.message.startsWith(marker)) {
    return cause.message.slice(marker.length);
  }
  return '';
}
