import nodeModule from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Node keeps the compiled code of every module in its compile cache (in the OS temporary
 * directory), so that the next start reads it instead of compiling Apollo, graphql-js,
 * type-graphql and express again: about a third of a cold start. Imported first by main.ts, so
 * that it applies to every module after it. A cache that cannot be written only costs speed.
 */
// Optional call: Node before 22.1 (the runtime check's floor is newer, tools may be older) has none.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

/**
 * Gives back the memory that building the service took: loading the graph allocates at a rate
 * that makes V8 grow its young generation to its maximum (128 MB committed after start, 30 MB of
 * it used), and an idle process never shrinks it. One last-resort collection (the one V8 runs
 * before giving up on memory) compacts the heap and shrinks the young generation: about 60 MB
 * of resident memory, once, before the warm-up and the first request. gc is exposed only for
 * this call.
 */
export function releaseStartUpMemory(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: object) => void;
  setFlagsFromString('--no-expose-gc');
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
