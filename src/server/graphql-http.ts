import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Logger } from 'pino';
import type { Context } from '../graphql/context';
import { RequestScope } from '../graphql/request-scope';
import { DomainError } from '../domain/errors';
import { corsHeaders, errorMediaType, varyHeader } from './client-headers';
import { JSON_SECURITY_HEADERS } from './http-guards';
import { RateLimiter } from './rate-limiter';
import { BodyError, readJsonBody } from './request-body';

export interface GraphqlHttpOptions {
  apollo: ApolloServer<Context>;
  /** The GraphQL context of one request, given the scope this handler started. */
  context: (scope: RequestScope) => Context;
  corsOrigins: readonly string[];
  maxBodyBytes: number;
  requestTimeoutMs: number;
  /** Requests per client address and minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  clientAddress: (req: IncomingMessage) => string;
  logger: Logger;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Flat [name, value, name, value…] lists, as `writeHead` takes them without copying. */
type HeaderList = string[];

const VARY = ['vary', 'Origin, Accept'];

/**
 * /graphql on node:http: Apollo Server's `executeHTTPGraphQLRequest` with the protections in
 * front of it as plain steps, each paid only when it applies:
 *   1. CORS and Vary (header lists built once per allowed origin); preflights answered here;
 *   2. the rate limit per client address (TRUST_PROXY decides the address), when on;
 *   3. the request scope: id, deadline, abandonment when the client hangs up;
 *   4. the JSON body (request-body.ts: 413, malformed JSON, content types);
 *   5. Apollo (cache control, the response cache and the request guard are its plugins);
 *   6. one `writeHead` with the security headers (the short policy of a JSON answer).
 * Errors the handler writes itself take the media type the client asked for and are never cached.
 */
export function graphqlHttpHandler(options: GraphqlHttpOptions): Handler {
  const { apollo, corsOrigins, maxBodyBytes, requestTimeoutMs, clientAddress, logger } = options;
  const limiter =
    options.rateLimitPerMinute > 0 ? new RateLimiter(options.rateLimitPerMinute) : null;
  const corsFor = corsLists(corsOrigins);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const cors = corsFor(req.headers.origin);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, [...JSON_SECURITY_HEADERS, ...cors, ...VARY]).end();
      return;
    }
    if (limiter) {
      const taken = limiter.take(clientAddress(req));
      if (!taken.allowed) {
        writeError(req, res, 429, cors, 'RATE_LIMITED', 'too many requests; slow down', [
          'retry-after',
          String(taken.retryAfterSeconds),
        ]);
        return;
      }
    }
    const scope = new RequestScope(requestTimeoutMs);
    res.once('close', () => {
      if (res.writableFinished) scope.finish();
      else
        scope.abandon(
          new DomainError('CLIENT_GONE', 'the client closed the connection before the answer'),
        );
    });
    const requestId = ['x-request-id', scope.id];
    let body: unknown;
    try {
      body = req.method === 'POST' ? await readJsonBody(req, maxBodyBytes) : undefined;
    } catch (error) {
      scope.finish();
      if (!(error instanceof BodyError)) throw error;
      writeError(req, res, error.status, cors, error.code, error.message, requestId);
      return;
    }
    const headers = new HeaderMap();
    for (const name in req.headers) {
      const value = req.headers[name];
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? 'GET',
        headers,
        search: query < 0 ? '' : url.slice(query),
        body,
      },
      context: () => Promise.resolve(options.context(scope)),
    });
    const contentType = result.headers.get('content-type');
    const out: HeaderList = [
      ...JSON_SECURITY_HEADERS,
      ...cors,
      'vary',
      varyHeader(result.headers.get('vary')),
      // An answer Apollo did not mark cacheable (an HTTP-level error) is never cached.
      'cache-control',
      result.headers.get('cache-control') ?? 'no-store',
      'content-type',
      contentType ?? errorMediaType(req.headers.accept),
    ];
    for (const [name, value] of result.headers) {
      if (name !== 'vary' && name !== 'cache-control' && name !== 'content-type')
        out.push(name, value);
    }
    if (!result.headers.has('x-request-id')) out.push(...requestId);
    if (result.body.kind === 'complete') {
      const text = result.body.string;
      out.push('content-length', String(Buffer.byteLength(text)));
      res.writeHead(result.status ?? 200, out).end(text);
      return;
    }
    res.writeHead(result.status ?? 200, out);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'graphql request failed outside Apollo');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      writeError(req, res, 500, [], 'INTERNAL_SERVER_ERROR', 'Internal server error', []);
    });
  };
}

/** An error the handler writes itself: security, CORS and Vary, the asked-for media type, no-store. */
function writeError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  cors: HeaderList,
  code: string,
  message: string,
  extra: HeaderList,
): void {
  const text = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res
    .writeHead(status, [
      ...JSON_SECURITY_HEADERS,
      ...cors,
      ...VARY,
      'content-type',
      errorMediaType(req.headers.accept),
      'cache-control',
      'no-store',
      'content-length',
      String(Buffer.byteLength(text)),
      ...extra,
    ])
    .end(text);
}

/** The CORS headers of each allowed origin, built once; none for any other origin. */
function corsLists(allowed: readonly string[]): (origin: string | undefined) => HeaderList {
  const none: HeaderList = [];
  const flat = (origin: string): HeaderList => Object.entries(corsHeaders(origin, allowed)).flat();
  if (allowed.includes('*')) {
    const any = flat('*');
    return (origin) => (origin ? any : none);
  }
  const byOrigin = new Map(allowed.map((origin) => [origin, flat(origin)]));
  return (origin) => (origin ? (byOrigin.get(origin) ?? none) : none);
}

/**
 * A GET that names text/html in its Accept header: a browser that may be asking for GraphiQL,
 * which express serves (pages.ts decides with Apollo's test and passes the rest back).
 */
export function mayWantPage(req: IncomingMessage): boolean {
  return req.method === 'GET' && req.headers.accept?.includes('text/html') === true;
}

/** True for /graphql (as express matched it: any case, an optional trailing slash). */
export function isGraphqlPath(url: string | undefined): boolean {
  if (!url) return false;
  const end = url.indexOf('?');
  const path = end < 0 ? url : url.slice(0, end);
  if (path === '/graphql') return true;
  return /^\/graphql\/?$/i.test(path);
}
