import type { NextFunction, Request, Response } from 'express';

/** Security headers on every response; the API is embedded in other sites only as data. */
export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; connect-src 'self' *; frame-ancestors 'self'",
  );
  res.removeHeader('X-Powered-By');
  next();
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
