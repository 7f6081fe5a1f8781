import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One built bundle in the forms it is served in, with a content hash for ETag and versioned URL. */
export interface WidgetBundle {
  /** First 16 hex digits of the SHA-256 of the raw file: the ETag and the versioned path segment. */
  hash: string;
  raw: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

interface Cached {
  mtimeMs: number;
  size: number;
  bundle: WidgetBundle;
}

/**
 * Reads and compresses each bundle once per build (keyed by the file's mtime and size, so a
 * rebuild while the service runs is picked up) rather than on every request: the widget script is
 * ~480 KiB and compressing it at maximum level takes tens of milliseconds.
 */
export class WidgetBundles {
  private readonly cache = new Map<string, Cached>();

  /** The bundle at `file`, or null when it is not built. */
  get(file: string): WidgetBundle | null {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return null;
    }
    const hit = this.cache.get(file);
    if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.bundle;
    const raw = readFileSync(file);
    const bundle: WidgetBundle = {
      hash: createHash('sha256').update(raw).digest('hex').slice(0, 16),
      raw,
      gzip: gzipSync(raw, { level: 9 }),
      brotli: brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      }),
    };
    this.cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, bundle });
    return bundle;
  }
}

/** The encoding to send for an Accept-Encoding header: brotli, then gzip, else identity. */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | 'identity' {
  const offered = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    offered.set(name, q === undefined ? 1 : Number(q));
  }
  const accepts = (name: string): boolean => (offered.get(name) ?? offered.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}
