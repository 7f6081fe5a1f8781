import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { PROJECT_ROOT } from '../config/project-root';

const PAGE = join(PROJECT_ROOT, 'src', 'widget', 'static', 'graphiql.html');

/**
 * The GraphiQL page's own policy: its script and stylesheet from this origin, queries to this
 * origin, nothing else. GraphiQL 4's editors are CodeMirror 5 (no web workers, no eval); its
 * icons are inline SVG and its fonts are dropped from the bundle (scripts/build-widget.ts).
 * The one inline style is the <style> element Radix's dialogs add to lock scrolling: admitted by
 * this response's nonce, not by 'unsafe-inline' (style properties set from script need neither).
 * test/browser/graphiql.browser.test.ts fails on any violation.
 */
export function graphiqlCsp(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Where the IDE is off: what to do instead, as a short page rather than a JSON error. */
const DISABLED_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kizuna GraphQL</title></head>
<body><h1>Kizuna GraphQL</h1>
<p>This endpoint answers GraphQL over HTTP: <code>POST /graphql</code> with a JSON body
<code>{"query": "…"}</code>, or <code>GET /graphql?query=…</code> from a client that accepts JSON.</p>
<p>The in-browser IDE (GraphiQL) is off on this server. Its operator can turn it on with
<code>KIZUNA_GRAPHIQL=true</code> (it needs <code>KIZUNA_INTROSPECTION=true</code>).</p>
<p><a href="/">Back to the explorer</a></p></body></html>
`;

/** Apollo's test: a GET whose Accept prefers HTML over every GraphQL response type. */
function prefersHtml(req: Request): boolean {
  return (
    req.method === 'GET' &&
    req.accepts([
      'application/json',
      'application/graphql-response+json',
      'multipart/mixed',
      'text/html',
    ]) === 'text/html'
  );
}

/**
 * GET /graphql from a browser: the self-hosted GraphiQL when `enabled`, else a page saying how
 * to query the endpoint. Every other request (POST, GET with a JSON Accept) goes on to Apollo.
 */
export function graphiqlPage(enabled: boolean) {
  // Read once; the nonce placeholder is filled per response.
  const page = enabled ? readFileSync(PAGE, 'utf8') : '';
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!prefersHtml(req)) return next();
    res.setHeader('Vary', 'Accept');
    res.setHeader('Cache-Control', 'no-store');
    if (!enabled) {
      res.setHeader('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
      res.type('text/html').send(DISABLED_PAGE);
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    res.setHeader('Content-Security-Policy', graphiqlCsp(nonce));
    res.type('text/html').send(page.replaceAll('{{NONCE}}', nonce));
  };
}
