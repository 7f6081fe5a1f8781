import autocannon from 'autocannon';

export interface HttpRun {
  p50: number;
  p99: number;
  max: number;
  rps: number;
  requests: number;
  /** Non-2xx answers, socket errors and timeouts together: should be 0. */
  failures: number;
}

export interface OneShot {
  storeCalls: number | null;
  ms: number;
  bytes: number;
  errors: string[];
  data: unknown;
}

function body(query: string, variables: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}

/** One request: what it returns, how long it took and the store calls the service reports. */
export async function requestOnce(
  url: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<OneShot> {
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(query, variables),
    });
    text = await response.text();
  } catch (error) {
    // The service is gone (killed for memory): report it as this request's error.
    const ms = Math.round(performance.now() - started);
    return {
      storeCalls: null,
      ms,
      bytes: 0,
      errors: [`request failed: ${String(error)}`],
      data: null,
    };
  }
  const ms = Math.round((performance.now() - started) * 100) / 100;
  const parsed = JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string }> };
  const calls = response.headers.get('x-store-calls');
  return {
    storeCalls: calls === null ? null : Number(calls),
    ms,
    bytes: text.length,
    errors: (parsed.errors ?? []).map((e) => e.message),
    data: parsed.data,
  };
}

/** autocannon at fixed concurrency for a fixed time, after a short warm-up. */
export async function load(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  options: { connections: number; seconds: number; warmupRequests: number },
): Promise<HttpRun> {
  const common = {
    url: `${url}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: body(query, variables),
    connections: options.connections,
    timeout: 10,
  };
  await autocannon({ ...common, amount: options.warmupRequests });
  const result = await autocannon({ ...common, duration: options.seconds });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    rps: Math.round(result.requests.total / result.duration),
    requests: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}
