import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { DomainError } from '../domain/errors';
import { loadSeedGraph } from '../ingest/loader';
import { buildSeedGraph, type SeedGraph } from '../ingest/seed-graph';
import type { GraphStore } from '../store/graph-store';

export interface AdminOptions {
  /** KIZUNA_ADMIN_TOKEN; null mounts nothing, so every admin path is a plain 404. */
  token: string | null;
  store: GraphStore;
  logger: Logger;
  /** Reads and validates the seed files; tests pass a broken graph. */
  buildGraph?: () => SeedGraph;
}

/**
 * The only write path over HTTP: POST /admin/reload-seeds with `Authorization: Bearer <token>`
 * reloads the seed graph from disk in one transaction (the loader's atomicity holds: an invalid
 * or failed load leaves the served graph as it was). The public /graphql endpoint stays
 * read-only whatever is configured here.
 */
export function mountAdmin(app: Express, options: AdminOptions): void {
  const { token, store, logger, buildGraph = () => buildSeedGraph() } = options;
  if (!token) return;
  const expected = digest(token);
  let running = false;

  const router = express.Router();
  router.use((req: Request, res: Response, next) => {
    const header = req.headers.authorization ?? '';
    const given = /^Bearer (.+)$/.exec(header)?.[1] ?? '';
    // Compare digests in constant time, so that timing says nothing about the token.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      logger.warn({ path: req.path, ip: req.ip }, 'admin request refused: bad or missing token');
      res.setHeader('WWW-Authenticate', 'Bearer');
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'admin token required' } });
      return;
    }
    next();
  });
  router.post('/reload-seeds', (req: Request, res: Response) => {
    if (running) {
      res.status(409).json({ error: { code: 'CONFLICT', message: 'a reload is already running' } });
      return;
    }
    running = true;
    const force = req.query.force === 'true';
    const reload = async (): Promise<void> => {
      try {
        const result = await loadSeedGraph(store, buildGraph(), { force });
        logger.info({ changed: result.changed, entities: result.entities }, 'seed graph reloaded');
        res.status(200).json(result);
      } catch (error) {
        // The caller holds the secret: tell them what to fix (the seed problems), never a stack.
        const known = error instanceof DomainError;
        logger.error({ err: error }, 'seed reload failed');
        res.status(known && error.code === 'INVALID_SEEDS' ? 422 : 500).json({
          error: {
            code: known ? error.code : 'INTERNAL_SERVER_ERROR',
            message: known ? error.message : 'seed reload failed; see the service log',
          },
        });
      } finally {
        running = false;
      }
    };
    void reload();
  });
  app.use('/admin', router);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
