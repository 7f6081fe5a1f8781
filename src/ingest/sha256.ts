import { createHash } from 'node:crypto';

/** Hex SHA-256: document checksums, graph versions and load fingerprints. */
export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}
