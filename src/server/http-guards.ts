import type { NextFunction, Request, Response } from 'express';

/** Security headers on every response; the API is embedded in other sites only as data. */
export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline' https://embeddable-sandbox.cdn.apollographql.com https://apollo-server-landing-page.cdn.apollographql.com; connect-src 'self' *; frame-ancestors 'self'",
  );
  res.removeHeader('X-Powered-By');
  next();
}

/** CORS from an allow-list: only configured origins may call the API from a browser. */
export function cors(allowed: readonly string[]) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.headers.origin;
    if (origin && (allowed.includes('*') || allowed.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', allowed.includes('*') ? '*' : origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader(
        'Access-Control-Allow-Headers',
        'content-type, apollo-require-preflight, x-apollo-operation-name',
      );
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    next();
  };
}

/** A fixed-window limit per client address; the map is pruned every window, so it stays bounded. */
export function rateLimit(perMinute: number) {
  const counts = new Map<string, number>();
  let windowStart = Date.now();
  return (req: Request, res: Response, next: NextFunction): void => {
    if (perMinute <= 0) return next();
    const now = Date.now();
    if (now - windowStart >= 60000) {
      counts.clear();
      windowStart = now;
    }
    const client = req.ip ?? 'unknown';
    const count = (counts.get(client) ?? 0) + 1;
    counts.set(client, count);
    if (count > perMinute) {
      res.setHeader('Retry-After', String(Math.ceil((windowStart + 60000 - now) / 1000)));
      res.status(429).json({
        errors: [{ message: 'too many requests; slow down', extensions: { code: 'RATE_LIMITED' } }],
      });
      return;
    }
    next();
  };
}

/** Body-parser failures (malformed JSON, too large) as GraphQL-shaped errors, never a stack. */
export function httpErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(error);
  const status = (error as { status?: number }).status ?? 500;
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') {
    res.status(413).json({
      errors: [{ message: 'request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  } else if (type === 'entity.parse.failed') {
    res.status(400).json({
      errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  } else if (status >= 400 && status < 500) {
    res
      .status(status)
      .json({ errors: [{ message: 'bad request', extensions: { code: 'BAD_REQUEST' } }] });
  } else {
    res.status(500).json({
      errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  }
}
