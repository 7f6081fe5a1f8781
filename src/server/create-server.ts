import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import { cachePolicyPlugin } from '../graphql/cache-policy.plugin';
import { createContext, type Context } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { limitRules } from '../graphql/limits';
import { requestGuardPlugin } from '../graphql/request-guard.plugin';
import { buildKizunaSchema } from '../graphql/schema';
import type { DocumentRegistry } from '../services/document-registry';
import { GraphVersion } from '../services/graph-version';
import { setRecordCacheEntries } from '../services/records';
import type { GraphStore } from '../store/graph-store';
import { mountAdmin } from './admin';
import { mountExport } from './export-route';
import { healthz, readyz } from './health';
import { clientAddressResolver } from './client-address';
import { limitConnections, serverTimeoutOptions } from './connection-limit';
import { noStore } from './client-headers';
import { graphqlHttpHandler, isGraphqlPath, mayWantPage } from './graphql-http';
import { httpErrors, securityHeaders } from './http-guards';
import { rateLimit } from './rate-limiter';
import { mountPages } from './pages';

export interface ServerParts {
  config: Readonly<Config>;
  store: GraphStore;
  documents: DocumentRegistry;
  logger: Logger;
  /**
   * Where the response cache (RESPONSE_CACHE) keeps answers. Apollo's bounded in-memory LRU by
   * default; replicas can share one store by passing any KeyValueCache (for example
   * `@apollo/utils.keyvadapter` over Keyv with Redis). Keys carry the graph version.
   */
  responseCacheStore?: KeyValueCache<string>;
}

export interface KizunaServer {
  app: Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

/** Seconds clients and CDNs may cache an answer: the graph is reference data. */
const CACHE_MAX_AGE_SECONDS = 300;

/**
 * Builds the schema, Apollo and the HTTP app without listening: tests call it directly, and
 * main.ts listens and drains.
 */
export async function createServer(parts: ServerParts): Promise<KizunaServer> {
  const { config, store, documents, logger } = parts;
  setRecordCacheEntries(config.recordCacheEntries);
  const app = express();
  app.disable('x-powered-by');
  // Express's own X-Forwarded-For handling stays off: client-address.ts decides (TRUST_PROXY).
  app.set('trust proxy', false);
  const clientAddress = clientAddressResolver(config.http.trustProxy);
  // The request listener is added once Apollo has started (below): /graphql on the lean path,
  // everything else through express.
  const httpServer = http.createServer(serverTimeoutOptions(config.http));
  limitConnections(httpServer, config.http.maxConnections, config.http.headersTimeoutMs);
  const development = config.nodeEnv === 'development';

  const apollo = new ApolloServer<Context>({
    schema: buildKizunaSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    // Off: the public API is read-only and reads no cookies or other ambient credentials, so a
    // forged cross-site request can learn or change nothing (docs/reliability.md, "CSRF").
    csrfPrevention: false,
    allowBatchedHttpRequests: false,
    // main.ts owns signals: it drains Apollo, then closes the store, then exits 0.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: limitRules(config.limits),
    formatError: (formatted, error) => formatError(formatted, error, development),
    ...(parts.responseCacheStore ? { cache: parts.responseCacheStore } : {}),
    plugins: [
      ...responseCache(config, store),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's own cache-control plugin runs a hook per field; ours decides once per request.
      ApolloServerPluginCacheControlDisabled(),
      cachePolicyPlugin(CACHE_MAX_AGE_SECONDS),
      // Browsers get the self-hosted GraphiQL (or a note where it is off) from pages.ts, never
      // Apollo's landing pages, which load their code from Apollo's CDN.
      ApolloServerPluginLandingPageDisabled(),
      requestGuardPlugin(config.limits, logger),
    ],
  });
  await apollo.start();

  app.use(securityHeaders);
  app.get('/healthz', noStore, healthz);
  app.get(
    '/readyz',
    noStore,
    readyz(() => store),
  );
  mountPages(app, { graphiql: config.graphiql });
  mountExport(app, {
    store,
    logger,
    rateLimit: rateLimit(config.rateLimitPerMinute, clientAddress),
  });
  mountAdmin(app, { token: config.adminToken, store, logger, clientAddress });
  app.use(httpErrors);
  const graphql = graphqlHttpHandler({
    apollo,
    context: (scope) => createContext(store, documents, config, scope),
    corsOrigins: config.corsOrigins,
    maxBodyBytes: config.limits.maxBodyBytes,
    requestTimeoutMs: config.requestTimeoutMs,
    rateLimitPerMinute: config.rateLimitPerMinute,
    clientAddress,
    logger,
  });
  // A GET that may want GraphiQL goes through express (pages.ts); the page passes any request
  // that does not prefer HTML on to the GraphQL handler, here.
  app.all('/graphql', (req, res) => graphql(req, res));
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (isGraphqlPath(req.url) && !mayWantPage(req)) graphql(req, res);
    else void app(req, res);
  });
  return { app, httpServer, apollo };
}

/**
 * Whole answers cached for reference data (RESPONSE_CACHE=memory): the key is the operation,
 * its variables and the graph version, so a reloaded graph is never answered from an older one.
 * The cache-control hints (CACHE_MAX_AGE_SECONDS) say how long an answer may be kept.
 */
function responseCache(config: Readonly<Config>, store: GraphStore): ApolloServerPlugin<Context>[] {
  if (config.responseCache === 'off') return [];
  const version = new GraphVersion(store, config.responseCacheVersionCheckMs);
  return [responseCachePlugin({ extraCacheKeyData: () => version.current() })];
}
