import type { TypedDocumentString } from '../graphql/generated/operations';

/** A failed request: a GraphQL error's `extensions.code`, or HTTP_ERROR / NETWORK_ERROR. */
export class GraphqlRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'GraphqlRequestError';
  }
}

interface GraphqlResponse<TResult> {
  data?: TResult | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * Sends one generated operation to the endpoint. The browser holds no credentials: the request
 * carries no cookies, and only the public GraphQL API is reachable.
 */
export async function execute<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      credentials: 'omit',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphqlRequestError(`cannot reach ${endpoint}`, 'NETWORK_ERROR');
  }
  let body: GraphqlResponse<TResult>;
  try {
    body = (await response.json()) as GraphqlResponse<TResult>;
  } catch {
    throw new GraphqlRequestError(`${endpoint} answered HTTP ${response.status}`, 'HTTP_ERROR');
  }
  const first = body.errors?.[0];
  if (first)
    throw new GraphqlRequestError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR');
  if (!body.data) throw new GraphqlRequestError('the answer holds no data', 'HTTP_ERROR');
  return body.data;
}
