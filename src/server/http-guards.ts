import type { NextFunction, Request, Response } from 'express';

/** Security headers of the pages express serves (the explorer, the example; GraphiQL sets its own policy). */
export const HTML_SECURITY_HEADERS: readonly string[] = [
  'x-content-type-options',
  'nosniff',
  'x-frame-options',
  'DENY',
  'referrer-policy',
  'no-referrer',
  'cross-origin-resource-policy',
  'cross-origin',
  'content-security-policy',
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; connect-src 'self' *; frame-ancestors 'self'",
];

/**
 * Security headers of a JSON answer: the same protections, with the short policy a document
 * that runs nothing needs (every answer of graphql-http.ts carries these).
 */
export const JSON_SECURITY_HEADERS: readonly string[] = [
  'x-content-type-options',
  'nosniff',
  'x-frame-options',
  'DENY',
  'referrer-policy',
  'no-referrer',
  'cross-origin-resource-policy',
  'cross-origin',
  'content-security-policy',
  "default-src 'none'; frame-ancestors 'none'",
];

/** Security headers on every response of the express routes; the API is embedded elsewhere only as data. */
export function securityHeaders(_req: Request, res: Response, next: NextFunction): void {
  for (let i = 0; i < HTML_SECURITY_HEADERS.length; i += 2)
    res.setHeader(HTML_SECURITY_HEADERS[i], HTML_SECURITY_HEADERS[i + 1]);
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
