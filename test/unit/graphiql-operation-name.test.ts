import { operationNameToSend } from '../../src/widget/graphiql/operation-name';

// GraphiQL's page sends this name with each query; a stale one made the service answer 400.
describe('the operation name GraphiQL page sends', () => {
  test('a name the document defines is sent as given', () => {
    expect(operationNameToSend('query A { x } query B { y }', 'B')).toBe('B');
  });

  test('a stale name with a one-operation document is dropped: that operation runs', () => {
    expect(operationNameToSend('{ entity(id: "country-in") { id } }', 'FindIpef')).toBeUndefined();
    expect(operationNameToSend('query Other { x }', 'FindIpef')).toBeUndefined();
  });

  test('a stale name with several operations is kept, so the service names the problem', () => {
    expect(operationNameToSend('query A { x } query B { y }', 'FindIpef')).toBe('FindIpef');
  });

  test('a document that does not parse keeps the name; the service reports the syntax error', () => {
    expect(operationNameToSend('{ entity(', 'FindIpef')).toBe('FindIpef');
  });

  test('no name stays no name', () => {
    expect(operationNameToSend('{ x }', null)).toBeUndefined();
    expect(operationNameToSend('{ x }', '')).toBeUndefined();
  });
});
