import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../test/helpers/service-process';

export const ROOT = join(__dirname, '..', '..');

export interface RunningProcess {
  child: ChildProcess;
  url: string;
  /** Process start to the first answered request, in ms. */
  coldStartMs: number;
  stop(): Promise<void>;
}

/** Resident memory of a process, from /proc (Linux), in MB; `VmHWM` is its peak. */
export function rssMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number | null {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const TRIVIAL_BODY = JSON.stringify({ query: '{ __typename }' });

/**
 * Starts a process that serves HTTP on `port`, and polls it with a trivial GraphQL request until
 * one succeeds: that moment, measured from the spawn, is the cold start.
 */
async function launch(
  args: string[],
  env: Record<string, string>,
  port: number,
  timeoutMs: number,
): Promise<RunningProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited) throw new Error(`${args.join(' ')} exited before answering: ${stderr}`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`${args.join(' ')} did not answer within ${timeoutMs} ms: ${stderr}`);
    }
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: TRIVIAL_BODY,
      });
      if (response.ok) {
        await response.text();
        break;
      }
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

/**
 * The real service, as `npm start` runs it (node + tsx), with quiet logs. Reopening the
 * million-relation file and warming up took over 120 s at a load average of 22 on two cores
 * (2026-12-06): the limit is there to end a hung start, not to judge a slow one.
 */
export async function startKizuna(
  env: Record<string, string>,
  timeoutMs = 600000,
): Promise<RunningProcess> {
  const port = await freePort();
  return launch(
    ['--import', 'tsx', 'src/server/main.ts'],
    { LOG_LEVEL: 'warn', NODE_ENV: 'production', ...env },
    port,
    timeoutMs,
  );
}

/** A baseline server from baseline-server.ts: `plain` or `graphql` over a fixtures file. */
export async function startBaseline(
  mode: 'plain' | 'graphql',
  fixturesFile?: string,
): Promise<RunningProcess> {
  const port = await freePort();
  const args = ['--import', 'tsx', 'scripts/bench/baseline-server.ts', mode];
  if (fixturesFile) args.push(fixturesFile);
  return launch(args, {}, port, 30000);
}
