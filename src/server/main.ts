// First: the compile cache must be on before the other modules load.
import { releaseStartUpMemory } from './start-up';
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/config';
import { DomainError } from '../domain/errors';
import { DocumentRegistry } from '../services/document-registry';
import type { GraphStore } from '../store/graph-store';
import { createServer } from './create-server';
import { warmUp } from './warm-up';
import { createContext } from '../graphql/context';
import { createLogger } from './logger';
import { openSeededStore } from './seeded-store';

/** Milliseconds of CPU (user and system) in a `process.cpuUsage()` reading. */
function cpuMs(usage: NodeJS.CpuUsage): number {
  return Math.round((usage.user + usage.system) / 1000);
}

/** Starts the service: config, store, seed graph, HTTP. Drains and closes on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  const started = Date.now();
  // Milliseconds of each start-up phase, logged with the start-up time: what a slow start spent.
  // CPU time (this process, every thread) beside the wall time: on a busy machine it is the
  // figure that says what the phase costs.
  const phases: Record<string, { ms: number; cpuMs: number }> = {};
  let phaseStarted = started;
  let cpuStarted = process.cpuUsage();
  const phaseDone = (name: string): void => {
    const now = Date.now();
    const cpu = process.cpuUsage(cpuStarted);
    phases[name] = { ms: now - phaseStarted, cpuMs: cpuMs(cpu) };
    phaseStarted = now;
    cpuStarted = process.cpuUsage();
  };
  const config = loadConfig();
  const logger = createLogger(config);
  let store: GraphStore | null = null;
  try {
    const seeded = await openSeededStore(config, logger);
    store = seeded.store;
    phaseDone('store');
    const registry = new DocumentRegistry(seeded.documents);
    const { httpServer, apollo } = await createServer({
      config,
      store,
      documents: registry,
      logger,
    });
    phaseDone('server');
    const warmStore = store;
    // Before the warm-up: the collection may drop compiled code, which the warm-up compiles.
    releaseStartUpMemory();
    phaseDone('gc');
    await warmUp(apollo, () => createContext(warmStore, registry, config), logger);
    phaseDone('warmUp');
    await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
    phaseDone('listen');
    const address = httpServer.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info(
      {
        url: `http://${config.host}:${port}/graphql`,
        engine: store.engine,
        startupMs: Date.now() - started,
        // Before main(): module loading, which process.uptime() counts and startupMs does not.
        sinceSpawnMs: Math.round(process.uptime() * 1000),
        cpuSinceSpawnMs: cpuMs(process.cpuUsage()),
        phases,
      },
      'Kizuna is listening',
    );
    const openStore = store;
    const shutdown = (signal: string): void => {
      logger.info({ signal }, 'shutting down: draining requests');
      apollo
        .stop()
        .then(() => openStore.close())
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        });
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  } catch (error) {
    await store?.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  // One line that says what to fix; no stack trace for the errors we understand.
  if (error instanceof ConfigError)
    console.error(`kizuna: invalid configuration: ${error.message}`);
  else if (error instanceof DomainError) console.error(`kizuna: ${error.code}: ${error.message}`);
  else console.error('kizuna: failed to start:', error);
  process.exit(1);
});
