/**
 * What the GraphQL endpoint tells browsers and caches: CORS, Vary, Cache-Control and the media
 * type of the errors the server writes itself. Plain functions over header values: graphql-http.ts
 * applies them on node:http; `noStore` at the bottom is express glue for the other routes.
 */
import type { NextFunction, Request, Response } from 'express';

/** Request headers a browser may send cross-origin, Apollo Client's client awareness included. */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'accept',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
] as const;

/** Response headers cross-origin scripts may read: the store round trips and the rate limit's wait. */
export const CORS_EXPOSED_HEADERS = ['x-store-calls', 'retry-after'] as const;

/**
 * The CORS headers for a request from `origin` (none when it is absent or not allowed). `Vary`
 * is not among them: every answer varies by Origin whether or not the origin is allowed, so
 * `varyHeader` adds it to every response (a cache must not serve an allowed origin's answer,
 * with its Access-Control-Allow-Origin, to another origin, nor the reverse).
 */
export function corsHeaders(
  origin: string | undefined,
  allowed: readonly string[],
): Record<string, string> {
  if (!origin || !(allowed.includes('*') || allowed.includes(origin))) return {};
  return {
    'access-control-allow-origin': allowed.includes('*') ? '*' : origin,
    'access-control-allow-methods': 'GET, POST, OPTIONS',
    'access-control-allow-headers': CORS_ALLOWED_HEADERS.join(', '),
    'access-control-expose-headers': CORS_EXPOSED_HEADERS.join(', '),
    'access-control-max-age': '600',
  };
}

/**
 * The Vary value for a GraphQL response: its body depends on Origin (CORS) and Accept (media
 * type, and HTML landing page or JSON), added to whatever Vary the response already has.
 */
export function varyHeader(existing: string | undefined): string {
  if (!existing) return 'Origin, Accept';
  const values = (existing ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  for (const wanted of ['Origin', 'Accept']) {
    if (!values.some((value) => value.toLowerCase() === wanted.toLowerCase())) values.push(wanted);
  }
  return values.join(', ');
}

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
export const LEGACY_JSON = 'application/json; charset=utf-8';

/**
 * The media type of an error body the server writes itself (413, malformed JSON, rate limit…),
 * chosen as Apollo Server chooses it for its own answers (negotiator): the higher q wins, a tie
 * goes to the type the Accept header names first, and application/json when there is no Accept
 * header or neither is named (GraphQL over HTTP's legacy watershed).
 */
export function errorMediaType(accept: string | undefined): string {
  const ranges = parseAccept(accept ?? '');
  const graphqlResponse = preference(ranges, 'application', 'graphql-response+json');
  const json = preference(ranges, 'application', 'json');
  const prefersGraphqlResponse =
    graphqlResponse.q > 0 &&
    (graphqlResponse.q > json.q ||
      (graphqlResponse.q === json.q && graphqlResponse.index < json.index));
  return prefersGraphqlResponse ? GRAPHQL_RESPONSE_JSON : LEGACY_JSON;
}

interface AcceptRange {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(accept: string): AcceptRange[] {
  return accept
    .split(',')
    .map((part) => {
      const [range = '', ...params] = part.trim().split(';');
      const [type = '', subtype = ''] = range.trim().toLowerCase().split('/');
      const qParam = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith('q='));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { type, subtype, q: Number.isFinite(q) ? q : 0 };
    })
    .filter((range) => range.type !== '');
}

/**
 * The q of the most specific range that matches type/subtype (0 when none does) and where that
 * range stands in the header; wildcards stand after every named type.
 */
function preference(
  ranges: AcceptRange[],
  type: string,
  subtype: string,
): { q: number; index: number } {
  const exact = ranges.findIndex((r) => r.type === type && r.subtype === subtype);
  if (exact >= 0) return { q: ranges[exact].q, index: exact };
  const anySubtype = ranges.find((r) => r.type === type && r.subtype === '*');
  if (anySubtype) return { q: anySubtype.q, index: ranges.length };
  const any = ranges.find((r) => r.type === '*' && r.subtype === '*');
  return { q: any ? any.q : 0, index: ranges.length };
}

/** For endpoints whose answer must never be reused: health and readiness. */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('cache-control', 'no-store');
  next();
}
