import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../../src/config/config';
import { loadSeedGraph } from '../../src/ingest/loader';
import { createServer } from '../../src/server/create-server';
import { DocumentRegistry } from '../../src/services/document-registry';
import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { seedGraph } from '../helpers/seeded-server';

/** /readyz says whether the service can answer: store reachable and graph loaded. */
test('/readyz is 503 with a reason until the graph is loaded, 200 after, 503 when the store is gone', async () => {
  const store = EmbeddedStore.open();
  const server = await createServer({
    config: loadConfig({ NODE_ENV: 'test' }),
    store,
    documents: new DocumentRegistry(seedGraph().documents),
    logger: pino({ level: 'silent' }),
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  try {
    const empty = await fetch(`${base}/readyz`);
    expect(empty.status).toBe(503);
    expect(await empty.json()).toEqual({
      status: 'unavailable',
      reason: 'graph not loaded: run npm run seed',
    });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    await loadSeedGraph(store, seedGraph());
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      engine: 'embedded',
      entities: seedGraph().entities.length,
    });

    await store.close();
    const gone = await fetch(`${base}/readyz`);
    expect(gone.status).toBe(503);
    expect((await gone.json()).reason).toMatch(/^STORE_UNAVAILABLE/);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  } finally {
    await server.apollo.stop();
  }
});
