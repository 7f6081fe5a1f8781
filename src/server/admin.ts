import { createHash, timingSafeEqual } from 'node:crypto';
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { DomainError } from '../domain/errors';
import { loadSeedGraph } from '../ingest/loader';
import type { SeedGraph } from '../ingest/seed-graph';
import type { GraphStore } from '../store/graph-store';
import { RateLimiter } from './rate-limiter';

export interface AdminOptions {
  /** KIZUNA_ADMIN_TOKEN; null mounts nothing, so every admin path is a plain 404. */
  token: string | null;
  store: GraphStore;
  logger: Logger;
  /** Reads and validates the seed files; tests pass a broken graph. */
  buildGraph?: () => SeedGraph | Promise<SeedGraph>;
  /** The client's address (see client-address.ts); the socket's by default. */
  clientAddress?: (req: Request) => string;
}

/** Refused admin attempts allowed per client address and minute; beyond, 429 without a check. */
export const ADMIN_REFUSALS_PER_MINUTE = 10;

/**
 * The only write path over HTTP: POST /admin/reload-seeds with `Authorization: Bearer <token>`
 * reloads the seed graph from disk in one transaction (the loader's atomicity holds: an invalid
 * or failed load leaves the served graph as it was). The public /graphql endpoint stays
 * read-only whatever is configured here.
 */
export function mountAdmin(app: Express, options: AdminOptions): void {
  const {
    token,
    store,
    logger,
    clientAddress = (req: Request) => req.socket.remoteAddress ?? '',
    // Imported at the first reload, not at every start (the build's parser and validators).
    buildGraph = async () => (await import('../ingest/seed-graph')).buildSeedGraph(),
  } = options;
  if (!token) return;
  const expected = digest(token);
  let running = false;
  // Counts refusals only: a caller with the token is never slowed down by this.
  const refusals = new RateLimiter(ADMIN_REFUSALS_PER_MINUTE);

  const router = express.Router();
  router.use((req: Request, res: Response, next) => {
    const ip = clientAddress(req);
    // An address over its refusals is not even checked, so guessing the token stays slow.
    const over = refusals.count(ip) >= ADMIN_REFUSALS_PER_MINUTE;
    const header = req.headers.authorization ?? '';
    const given = /^Bearer (.+)$/.exec(header)?.[1] ?? '';
    // Compare digests in constant time, so that timing says nothing about the token.
    if (!over && given && timingSafeEqual(digest(given), expected)) return next();
    const taken = refusals.take(ip);
    // One log line per address and window, however many tries: a flood cannot flood the log.
    if (taken.count === 1) {
      logger.warn(
        { path: req.path, ip },
        `admin request refused: bad or missing token (further refusals from this address in the next minute are not logged; more than ${ADMIN_REFUSALS_PER_MINUTE} are answered 429)`,
      );
    }
    if (!taken.allowed) {
      res.setHeader('Retry-After', String(taken.retryAfterSeconds));
      res.status(429).json({
        error: { code: 'RATE_LIMITED', message: 'too many refused admin requests; wait' },
      });
      return;
    }
    res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'admin token required' } });
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
        const result = await loadSeedGraph(store, await buildGraph(), { force });
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
