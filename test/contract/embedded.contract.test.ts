import { EmbeddedStore } from '../../src/store/embedded/embedded.store';
import { defineGraphStoreContract } from './graph-store.contract';

defineGraphStoreContract('embedded (Grafeo, in memory)', (onStatement) =>
  Promise.resolve(EmbeddedStore.open({ onStatement })),
);
