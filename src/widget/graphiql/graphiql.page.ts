import type { ExecutionResult } from 'graphql';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './graphiql.page.css';
import { operationNameToSend } from './operation-name';

/**
 * The self-hosted GraphiQL page (/graphql in a browser; src/server/graphiql-page.ts serves it).
 * GraphiQL 4 (CodeMirror 5 editors, no web workers) bundled by esbuild with React at build time,
 * so the page loads nothing from another origin and runs under a CSP of 'self' only.
 */

/**
 * GraphiQL's dialogs (settings, short keys) lock scrolling with a <style> element that Radix adds
 * at run time; the page's CSP admits it by the nonce the server put on this script tag, which
 * react-style-singleton reads from `__webpack_nonce__`.
 */
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce;
if (nonce) Reflect.set(window, '__webpack_nonce__', nonce);

/** The endpoint is the page's own URL: the page is served at /graphql itself. */
const ENDPOINT = '/graphql';

/** A first query a newcomer can run as is: the search the README starts with. */
const DEFAULT_QUERY = `# Kizuna GraphQL. Ctrl+Enter runs the query; the Docs button lists every type and field.
query FindIpef {
  search(text: "IPEF", first: 5) {
    matchedText
    entity {
      id
      kind
      name
      nameEn
    }
  }
}
`;

interface FetchParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/** POSTs one operation to the endpoint; GraphiQL's headers editor adds to the request headers. */
async function fetcher(
  params: FetchParams,
  options?: { headers?: Record<string, unknown> },
): Promise<ExecutionResult> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  for (const [name, value] of Object.entries(options?.headers ?? {})) {
    headers[name] = String(value);
  }
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      ...params,
      operationName: operationNameToSend(params.query, params.operationName),
    }),
  });
  return (await response.json()) as ExecutionResult;
}

/** `/graphql?query=…&variables=…` in a browser opens the IDE with that operation in the editor. */
const fromUrl = new URLSearchParams(window.location.search);

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      defaultQuery: DEFAULT_QUERY,
      query: fromUrl.get('query') ?? undefined,
      variables: fromUrl.get('variables') ?? undefined,
      defaultEditorToolsVisibility: fromUrl.has('variables') ? 'variables' : false,
    }),
  );
}
