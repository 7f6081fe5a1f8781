import pino, { type Logger } from 'pino';
import type { Config } from '../config/config';

/** Structured JSON logs; credentials and parameter values are never logged. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'kizuna' },
    redact: ['neo4j.password', 'config.neo4j.password', 'req.headers.authorization'],
  });
}
