import { isIP } from 'node:net';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root';

/**
 * Every setting, read from the environment once, validated, and frozen. Nothing else in the
 * service reads process.env. A wrong value stops start-up with a message that names the
 * variable and says what it accepts.
 */

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: LogLevel;
  /** Neo4j connection, or null for the embedded store. */
  neo4j: Neo4jConfig | null;
  /** Embedded store directory; null keeps the graph in memory. */
  dataDir: string | null;
  /** Load the seed graph at start when the store holds none. */
  seedOnStart: boolean;
  /** Where the validated seed graph is kept by its files' fingerprint; null builds it every start. */
  seedCacheDir: string | null;
  storeTimeoutMs: number;
  /** A whole request's deadline: past it, the request is abandoned with TIMEOUT. */
  requestTimeoutMs: number;
  /** Time limit of a whole seed load (one transaction), separate from the per-query limit. */
  seedLoadTimeoutMs: number;
  /** Rows per statement in a seed load (`UNWIND $rows`). */
  seedBatchSize: number;
  /** Wait this long for Neo4j at start-up, retrying with backoff; 0 fails at once. */
  storeStartupWaitMs: number;
  limits: {
    maxBodyBytes: number;
    maxDepth: number;
    maxAliases: number;
    maxTokens: number;
    maxCost: number;
    /** Field values (objects and leaves) one request may resolve. */
    maxResolvedValues: number;
    /** Largest answer one request may send. */
    maxResponseBytes: number;
  };
  http: {
    /** Time a client has to send its request headers. */
    headersTimeoutMs: number;
    /** Time a client has to send its whole request. */
    requestTimeoutMs: number;
    /** Open connections; beyond it the oldest idle one is closed, or the new one refused. */
    maxConnections: number;
    /**
     * Proxies whose X-Forwarded-For is believed (addresses or CIDRs, or `loopback`); empty
     * trusts none and every client is its socket's address.
     */
    trustProxy: string[];
  };
  introspection: boolean;
  /** The GraphiQL IDE for browsers at GET /graphql; it reads the schema by introspection. */
  graphiql: boolean;
  corsOrigins: string[];
  /** Secret that admin operations (seed loads over HTTP) require; null disables them. */
  adminToken: string | null;
  /** Requests per minute per client; 0 disables rate limiting. */
  rateLimitPerMinute: number;
  /** Parsed record JSON kept per process (see services/records.ts); 0 parses on every read. */
  recordCacheEntries: number;
  /** Whole-response cache for reference data, keyed by the graph version; off by default. */
  responseCache: 'off' | 'memory';
  /** How often the response cache re-reads the graph version (a reload is seen within this). */
  responseCacheVersionCheckMs: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/**
 * Priced by src/graphql/query-cost.ts. Chosen so that the worst accepted query answers well
 * under a second on the seed graph (figures in docs/reliability.md).
 */
export const DEFAULT_MAX_QUERY_COST = 400000;

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env): Readonly<Config> {
  const nodeEnv = oneOf(
    env,
    'NODE_ENV',
    ['development', 'production', 'test'] as const,
    'development',
  );
  const neo4jUri = text(env, 'NEO4J_URI', '');
  let neo4j: Neo4jConfig | null = null;
  if (neo4jUri !== '') {
    if (!/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/]+/.test(neo4jUri)) {
      throw new ConfigError(
        'NEO4J_URI',
        `"${neo4jUri}" is not a Neo4j URI; use neo4j://host:7687 for a cluster or bolt://host:7687 for a single instance (+s / +ssc for TLS)`,
      );
    }
    neo4j = {
      uri: neo4jUri,
      username: text(env, 'NEO4J_USERNAME', 'neo4j'),
      password: text(env, 'NEO4J_PASSWORD', ''),
      database: text(env, 'NEO4J_DATABASE', 'neo4j'),
    };
    if (!/^[A-Za-z][A-Za-z0-9.-]{0,62}$/.test(neo4j.database)) {
      throw new ConfigError('NEO4J_DATABASE', `"${neo4j.database}" is not a valid database name`);
    }
  }
  const dataDir = text(env, 'KIZUNA_DATA_DIR', '');
  const seedCacheDir = text(
    env,
    'SEED_CACHE_DIR',
    join(PROJECT_ROOT, 'node_modules', '.cache', 'kizuna'),
  );
  const config: Config = {
    nodeEnv,
    host: text(env, 'HOST', '127.0.0.1'),
    port: integer(env, 'PORT', 4000, 0, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    neo4j,
    dataDir: dataDir === '' ? null : dataDir,
    seedOnStart: boolean(env, 'KIZUNA_SEED_ON_START', true),
    seedCacheDir: seedCacheDir === 'off' ? null : seedCacheDir,
    storeTimeoutMs: integer(env, 'STORE_TIMEOUT_MS', 5000, 10, 600000),
    seedLoadTimeoutMs: integer(env, 'SEED_LOAD_TIMEOUT_MS', 600000, 1000, 86400000),
    seedBatchSize: integer(env, 'SEED_BATCH_SIZE', 500, 1, 100000),
    storeStartupWaitMs: integer(env, 'STORE_STARTUP_WAIT_MS', 0, 0, 600000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 10000, 100, 600000),
    limits: {
      maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 100000, 1000, 10000000),
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', 10, 2, 50),
      maxAliases: integer(env, 'MAX_QUERY_ALIASES', 30, 1, 1000),
      maxTokens: integer(env, 'MAX_QUERY_TOKENS', 2000, 100, 100000),
      maxCost: integer(env, 'MAX_QUERY_COST', DEFAULT_MAX_QUERY_COST, 10, 10000000),
      maxResolvedValues: integer(env, 'MAX_RESOLVED_VALUES', 100000, 100, 100000000),
      maxResponseBytes: integer(env, 'MAX_RESPONSE_BYTES', 10000000, 10000, 1000000000),
    },
    http: {
      headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', 10000, 100, 600000),
      requestTimeoutMs: integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 30000, 100, 3600000),
      maxConnections: integer(env, 'MAX_CONNECTIONS', 1000, 1, 1000000),
      trustProxy: text(env, 'TRUST_PROXY', '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    },
    introspection: boolean(env, 'KIZUNA_INTROSPECTION', nodeEnv !== 'production'),
    // Follows introspection unless set: on in development, on in production only when asked.
    graphiql: boolean(
      env,
      'KIZUNA_GRAPHIQL',
      boolean(env, 'KIZUNA_INTROSPECTION', nodeEnv !== 'production'),
    ),
    corsOrigins: text(env, 'CORS_ORIGINS', '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    adminToken: text(env, 'KIZUNA_ADMIN_TOKEN', '') || null,
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 0, 0, 1000000),
    recordCacheEntries: integer(env, 'RECORD_CACHE_ENTRIES', 20000, 0, 10000000),
    responseCache: oneOf(env, 'RESPONSE_CACHE', ['off', 'memory'] as const, 'off'),
    responseCacheVersionCheckMs: integer(env, 'RESPONSE_CACHE_VERSION_CHECK_MS', 2000, 0, 3600000),
  };
  if (config.graphiql && !config.introspection) {
    throw new ConfigError(
      'KIZUNA_GRAPHIQL',
      'GraphiQL needs the schema by introspection: set KIZUNA_INTROSPECTION=true as well, or KIZUNA_GRAPHIQL=false',
    );
  }
  for (const proxy of config.http.trustProxy) {
    if (proxy !== 'loopback' && !isAddressOrCidr(proxy)) {
      throw new ConfigError(
        'TRUST_PROXY',
        `"${proxy}" is not an IP address, a CIDR such as 10.0.0.0/8, or loopback`,
      );
    }
  }
  for (const origin of config.corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^\s/]+$/.test(origin)) {
      throw new ConfigError(
        'CORS_ORIGINS',
        `"${origin}" is not an origin like https://example.org`,
      );
    }
  }
  return Object.freeze(config);
}

function isAddressOrCidr(value: string): boolean {
  const [address, bits, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

function text(env: Env, name: string, fallback: string): string {
  const value = env[name];
  return value === undefined ? fallback : value.trim();
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `"${raw}" is not a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `"${env[name]}" is not a boolean; use true or false`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `"${raw}" is not one of ${allowed.join(', ')}`);
  }
  return raw as T;
}
