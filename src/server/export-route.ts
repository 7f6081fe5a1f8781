import { once } from 'node:events';
import type { Express, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { DomainError, type ErrorCode } from '../domain/errors';
import { collectView, MAX_HTTP_EXPORT_ENTITIES } from '../export/export-view';
import {
  EXPORT_FORMAT_NAMES,
  EXPORT_FORMATS,
  exportFileName,
  isExportFormat,
} from '../export/formats';
import { jsonLdContext } from '../export/jsonld';
import { parseViewParams, VIEW_PARAMETERS } from '../export/view-params';
import type { GraphStore } from '../store/graph-store';

export const CONTEXT_PATH = '/export/context.jsonld';
const ALLOWED_PARAMETERS = new Set<string>([...VIEW_PARAMETERS, 'center', 'context']);

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  QUERY_TOO_COMPLEX: 413,
  TIMEOUT: 504,
  STORE_UNAVAILABLE: 503,
};

/**
 * GET /export/<format>?<view parameters>: the whole graph or a view, streamed as a download
 * (Content-Disposition file name with the graph version, the format's content type, and the
 * version in `Kizuna-Graph-Version`). GET /export/context.jsonld publishes the JSON-LD context.
 * Errors are JSON `{errors: [{message, extensions: {code}}]}`, as elsewhere over HTTP.
 */
export function mountExport(
  app: Express,
  options: { store: GraphStore; logger: Logger; rateLimit: RequestHandler },
): void {
  const { store, logger } = options;
  app.get(CONTEXT_PATH, (_req: Request, res: Response) => {
    res.setHeader('Content-Type', 'application/ld+json; charset=utf-8');
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.send(`${JSON.stringify(jsonLdContext(), null, 2)}\n`);
  });
  app.get(
    '/export/:format',
    options.rateLimit,
    (req: Request<{ format: string }>, res: Response) => {
      void (async () => {
        try {
          const format = req.params.format;
          if (!isExportFormat(format)) {
            throw new DomainError(
              'BAD_USER_INPUT',
              `unknown export format ${JSON.stringify(format.slice(0, 40))}; use one of ${EXPORT_FORMAT_NAMES.join(', ')}`,
            );
          }
          const params = queryStrings(req);
          const spec = parseViewParams(params);
          const contextMode = params.context ?? 'url';
          if (contextMode !== 'url' && contextMode !== 'inline') {
            throw new DomainError('BAD_USER_INPUT', 'context must be "url" or "inline"');
          }
          const view = await collectView(store, spec, { maxEntities: MAX_HTTP_EXPORT_ENTITIES });
          const contextUrl =
            contextMode === 'inline' ? null : `${req.protocol}://${req.get('host')}${CONTEXT_PATH}`;
          res.status(200);
          res.setHeader('Content-Type', EXPORT_FORMATS[format].contentType);
          res.setHeader(
            'Content-Disposition',
            `attachment; filename="${exportFileName(view, format)}"`,
          );
          if (view.version) res.setHeader('Kizuna-Graph-Version', view.version.version);
          res.setHeader('Kizuna-View-Truncated', String(view.truncated));
          await stream(res, EXPORT_FORMATS[format].write(view, { contextUrl }));
        } catch (error) {
          fail(res, error, logger);
        }
      })();
    },
  );
}

/** Chunks batched to about 64 KiB. */
const BATCH_BYTES = 65536;

/**
 * Writes the serialiser's chunks in batches, waiting for 'drain' when the client reads slowly,
 * and stops when the client goes away. (pipeline(Readable.from(…), res) stalled before the last
 * batch on Node 24 in the export tests; this loop has no such dependency on stream internals.)
 */
async function stream(res: Response, chunks: Iterable<string>): Promise<void> {
  let batch = '';
  const flush = async (): Promise<boolean> => {
    if (res.destroyed) return false;
    const ok = res.write(batch);
    batch = '';
    if (!ok) {
      // Whichever comes first; the other listener is removed (an aborted once() rejects, ignored).
      const done = new AbortController();
      const wait = (event: string): Promise<unknown> =>
        once(res, event, { signal: done.signal }).catch(() => undefined);
      await Promise.race([wait('drain'), wait('close')]);
      done.abort();
    }
    return !res.destroyed;
  };
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length >= BATCH_BYTES && !(await flush())) return;
  }
  if (batch && !(await flush())) return;
  res.end();
}

function queryStrings(req: Request): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.query)) {
    if (!ALLOWED_PARAMETERS.has(name)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `unknown parameter ${JSON.stringify(name.slice(0, 40))}; use ${[...ALLOWED_PARAMETERS].join(', ')}`,
      );
    }
    if (typeof value !== 'string') {
      throw new DomainError('BAD_USER_INPUT', `give ${name} once, as a plain value`);
    }
    params[name] = value;
  }
  return params;
}

function fail(res: Response, error: unknown, logger: Logger): void {
  if (res.headersSent) {
    // Mid-stream: the status is gone; cutting the connection tells the client the file is incomplete.
    logger.error({ err: error }, 'export failed while streaming');
    res.destroy(error instanceof Error ? error : undefined);
    return;
  }
  const known = error instanceof DomainError;
  if (!known) logger.error({ err: error }, 'export failed');
  const code: string = known ? error.code : 'INTERNAL_SERVER_ERROR';
  res.status(known ? (STATUS[error.code] ?? 500) : 500).json({
    errors: [{ message: known ? error.message : 'export failed', extensions: { code } }],
  });
}
