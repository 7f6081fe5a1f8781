import type { Request, Response } from 'express';
import { DomainError } from '../domain/errors';
import type { GraphStore } from '../store/graph-store';
import { GRAPH_LOADED } from '../store/cypher/stats';

/** GET /healthz: the process is alive. Never touches the store. */
export function healthz(_req: Request, res: Response): void {
  res.status(200).json({ status: 'ok' });
}

/** GET /readyz: the store answers and holds a loaded graph; 503 with a reason otherwise. */
export function readyz(store: () => GraphStore | null) {
  return async (_req: Request, res: Response): Promise<void> => {
    const current = store();
    if (!current) {
      res.status(503).json({ status: 'unavailable', reason: 'store not open yet' });
      return;
    }
    try {
      const [meta] = await current.read(GRAPH_LOADED);
      if (!meta) {
        res
          .status(503)
          .json({ status: 'unavailable', reason: 'graph not loaded: run npm run seed' });
        return;
      }
      res.status(200).json({ status: 'ready', engine: current.engine, entities: meta.entities });
    } catch (error) {
      const reason =
        error instanceof DomainError ? `${error.code}: ${error.message}` : 'store check failed';
      res.status(503).json({ status: 'unavailable', reason });
    }
  };
}
