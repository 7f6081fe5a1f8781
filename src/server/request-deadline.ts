import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../domain/errors';
import { RequestScope } from '../graphql/request-scope';

/**
 * Starts each request's scope (id and deadline) and abandons it when the client hangs up before
 * the answer is sent, so that its remaining work stops (see RequestScope). The GraphQL context
 * takes the scope from `res.locals.requestScope`.
 */
export function requestDeadline(timeoutMs: number) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const scope = new RequestScope(timeoutMs);
    res.locals.requestScope = scope;
    res.setHeader('x-request-id', scope.id);
    res.once('close', () => {
      if (res.writableFinished) scope.finish();
      else
        scope.abandon(
          new DomainError('CLIENT_GONE', 'the client closed the connection before the answer'),
        );
    });
    next();
  };
}

/** The scope requestDeadline started for this response, if any. */
export function scopeOf(res: Response): RequestScope | undefined {
  return res.locals.requestScope as RequestScope | undefined;
}
