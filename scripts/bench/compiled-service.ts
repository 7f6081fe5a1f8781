import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../test/helpers/service-process';
import { ROOT, type RunningProcess } from './processes';

export const COMPILED_MAIN = join('dist', 'src', 'server', 'main.js');

export interface ServiceLaunch {
  /** The tree to run (default: this one), e.g. another worktree to compare with. */
  root?: string;
  /** Run dist/ (npm run build first) rather than the TypeScript through tsx. */
  compiled?: boolean;
  env?: Record<string, string>;
  /** Node flags before the script, e.g. --cpu-prof. */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/**
 * The service as `npm start` (compiled) or `npm run dev` (tsx) runs it, polled on /readyz every
 * 5 ms: `coldStartMs` is the spawn to the first 200 from /readyz, what an orchestrator waits for.
 */
export async function startService(launch: ServiceLaunch = {}): Promise<RunningProcess> {
  const { root = ROOT, compiled = false, env = {}, nodeArgs = [], timeoutMs = 300000 } = launch;
  const port = await freePort();
  const started = performance.now();
  const script = compiled ? [COMPILED_MAIN] : ['--import', 'tsx', 'src/server/main.ts'];
  const child = spawn(process.execPath, [...nodeArgs, ...script], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited) throw new Error(`the service exited before it was ready: ${stderr}`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`the service was not ready within ${timeoutMs} ms: ${stderr}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      await response.text();
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const coldStartMs = Math.round(performance.now() - started);
  return {
    child,
    url,
    coldStartMs,
    stop: () =>
      new Promise<void>((resolve) => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10000).unref();
      }),
  };
}
