import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../test/helpers/service-process';

export const ROOT = join(__dirname, '..', '..');
/**
 * The script `npm start` runs in the tree at `root` (after `npm run build`), read from its
 * package.json, so that another checkout (`--before`) runs its own start, bundled or not.
 */
export function compiledMain(root: string): string {
  const start = (
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: { start: string };
    }
  ).scripts.start;
  const script = /^node (\S+)$/.exec(start)?.[1];
  if (!script) throw new Error(`npm start in ${root} is not "node <script>": ${start}`);
  return script;
}

export interface RunningProcess {
  child: ChildProcess;
  url: string;
  /** Spawn to the first successful readiness probe, in ms. */
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

interface Launch {
  args: string[];
  cwd: string;
  env: Record<string, string>;
  timeoutMs: number;
  /** Resolves true once the process at `url` is ready; throws or resolves false before. */
  ready: (url: string) => Promise<boolean>;
}

/**
 * Spawns a process that serves HTTP on a free port and probes it every 5 ms until it is ready:
 * that moment, measured from the spawn, is the cold start. The probe waits for the condition
 * itself, so a slow machine only makes the figure larger, never the start fail (up to timeoutMs).
 */
async function launch({ args, cwd, env, timeoutMs, ready }: Launch): Promise<RunningProcess> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited) throw new Error(`${args.join(' ')} exited before it was ready: ${stderr}`);
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`${args.join(' ')} was not ready within ${timeoutMs} ms: ${stderr}`);
    }
    const ok = await ready(url).catch(() => false); // not listening yet
    if (ok) break;
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

export interface ServiceLaunch {
  /** The tree to run (default: this one), e.g. another worktree to compare with. */
  root?: string;
  /** Run dist/ as `npm start` does (default; `npm run build` first), or the TypeScript through tsx. */
  compiled?: boolean;
  env?: Record<string, string>;
  /** Node flags before the script, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /**
   * Ends a hung start, not a slow one: reopening the million-relation file and warming up took
   * over 120 s at a load average of 22 on two cores (2026-12-06).
   */
  timeoutMs?: number;
}

/**
 * The Kizuna service with quiet logs, probed on /readyz: `coldStartMs` is the spawn to its first
 * 200, what an orchestrator waits for (the service listens only after its warm-up).
 */
export function startService(options: ServiceLaunch = {}): Promise<RunningProcess> {
  const { root = ROOT, compiled = true, env = {}, nodeArgs = [], timeoutMs = 600000 } = options;
  const script = compiled ? [compiledMain(root)] : ['--import', 'tsx', 'src/server/main.ts'];
  return launch({
    args: [...nodeArgs, ...script],
    cwd: root,
    env: { LOG_LEVEL: 'warn', NODE_ENV: 'production', ...env },
    timeoutMs,
    ready: async (url) => {
      const response = await fetch(`${url}/readyz`);
      await response.text();
      return response.ok;
    },
  });
}

const TRIVIAL_BODY = JSON.stringify({ query: '{ __typename }' });

/** A baseline server from baseline-server.ts: `plain` or `graphql` over a fixtures file. */
export function startBaseline(
  mode: 'plain' | 'graphql',
  fixturesFile?: string,
): Promise<RunningProcess> {
  const args = ['--import', 'tsx', 'scripts/bench/baseline-server.ts', mode];
  if (fixturesFile) args.push(fixturesFile);
  return launch({
    args,
    cwd: ROOT,
    env: {},
    timeoutMs: 30000,
    ready: async (url) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: TRIVIAL_BODY,
      });
      await response.text();
      return response.ok;
    },
  });
}
