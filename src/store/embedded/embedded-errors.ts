import { DomainError } from '../../domain/errors';

/** Maps Grafeo errors by GQLSTATUS (never by message text) to domain errors. */
export function mapEmbeddedError(error: unknown, queryName: string): DomainError {
  if (error instanceof DomainError) return error;
  const status = gqlStatusOf(error);
  const message = messageOf(error);
  // A failed disk write reaches us inside a transaction error (status 40000, "retry"); it is
  // no conflict, and retrying will not help: say what the disk said.
  const disk = fileSystemProblem(message);
  if (disk) {
    return new DomainError(
      'STORE_UNAVAILABLE',
      `the embedded store could not write ${queryName === 'commit' ? 'a commit' : queryName} to disk: ${disk}; nothing of this write was kept`,
      { cause: error },
    );
  }
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

/** What a file-system failure in an engine or Node error means to an operator, if it is one. */
export function fileSystemProblem(message: string): string | null {
  const os = /os error (\d+)/.exec(message)?.[1];
  const code = /\b(E[A-Z]{2,})\b/.exec(message)?.[1];
  if (os === '28' || code === 'ENOSPC' || /no space left/i.test(message))
    return 'the disk is full (no space left on device)';
  if (os === '122' || code === 'EDQUOT') return 'the disk quota is used up';
  if (os === '27' || code === 'EFBIG' || /file too large/i.test(message))
    return "a file grew past the file system's or the process's file size limit (file too large)";
  if (os === '30' || code === 'EROFS' || /read-only file system/i.test(message))
    return 'the file system is read-only';
  if (os === '13' || os === '1' || code === 'EACCES' || code === 'EPERM')
    return 'permission denied';
  if (/I\/O error|os error \d+/i.test(message) || code === 'EIO')
    return `an I/O error (${message.split('\n')[0].slice(0, 200)})`;
  return null;
}

function messageOf(error: unknown): string {
  const own = (error as Error).message ?? String(error);
  const cause = (error as { cause?: { message?: unknown } }).cause?.message;
  return typeof cause === 'string' && !own.includes(cause) ? `${own}: ${cause}` : own;
}

/** Explains why a data directory could not be opened, with what to do about it. */
export function mapOpenError(error: unknown, path: string): DomainError {
  const message = messageOf(error);
  // The word "locked", not "lock": a truncated file's error names its "directory block".
  if (/\blocked\b/i.test(message)) {
    return new DomainError(
      'STORE_LOCKED',
      `embedded database ${path} is in use by another process (file lock held); stop that process or set KIZUNA_DATA_DIR to another directory`,
      { cause: error },
    );
  }
  const disk = fileSystemProblem(message);
  if (disk) {
    return new DomainError(
      'STORE_UNAVAILABLE',
      `embedded database ${path} cannot be opened: ${disk}`,
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
