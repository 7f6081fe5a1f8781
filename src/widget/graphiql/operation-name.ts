import { Kind, parse } from 'graphql';

/**
 * The operation name to send with `query`. GraphiQL 4 learns the editor's operation names on a
 * debounce, so a query pasted and run at once (Ctrl+Enter) went out with the previous query's
 * name ("FindIpef") and the service answered 400 "Unknown operation named". When the name is not
 * in the document and the document holds one operation, that operation is the one the person
 * ran, so no name is sent; otherwise the name goes as given and the service says what is wrong.
 */
export function operationNameToSend(
  query: string,
  operationName: string | null | undefined,
): string | undefined {
  if (!operationName) return undefined;
  let names: Array<string | undefined>;
  try {
    names = parse(query, { noLocation: true })
      .definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => operation.name?.value);
  } catch {
    return operationName; // the service reports the syntax error itself
  }
  if (names.includes(operationName)) return operationName;
  return names.length === 1 ? undefined : operationName;
}
