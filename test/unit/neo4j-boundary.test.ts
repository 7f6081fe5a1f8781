import neo4j, { Neo4jError } from 'neo4j-driver';
import { mapNeo4jError } from '../../src/store/neo4j/neo4j-errors';
import { neo4jToPlain as toPlain, toNeo4jParams } from '../../src/store/neo4j/neo4j-values';

/**
 * The Neo4j boundary without a server: real neo4j-driver value and error classes go through the
 * same normaliser and error mapping the adapter uses, and come out as the embedded engine's values.
 */
test('driver Integers, dates and datetimes become the plain values the embedded engine returns', () => {
  const row = {
    count: neo4j.int(42),
    big: neo4j.int('9007199254740993'),
    day: new neo4j.types.Date(2021, 4, 16),
    at: new neo4j.types.DateTime(2022, 5, 23, 10, 0, 0, 0, 32400),
    list: [neo4j.int(1), 'ア'],
    map: { inner: neo4j.int(7) },
  };
  expect(toPlain(row)).toEqual({
    count: 42,
    big: '9007199254740993',
    day: '2021-04-16',
    at: '2022-05-23T10:00:00+09:00',
    list: [1, 'ア'],
    map: { inner: 7 },
  });
});

test('integral parameters become Integers (Neo4j would read JS numbers as floats); Date objects are refused', () => {
  const params = toNeo4jParams({ limit: 5, ratio: 0.5, rows: [{ n: 2 }], text: '日米' }) as Record<
    string,
    any
  >;
  expect(neo4j.isInt(params.limit)).toBe(true);
  expect(params.ratio).toBe(0.5);
  expect(neo4j.isInt(params.rows[0].n)).toBe(true);
  expect(params.text).toBe('日米');
  expect(() => toNeo4jParams({ when: new Date() })).toThrow(/ISO strings/);
});

test.each([
  ['ServiceUnavailable', 'STORE_UNAVAILABLE'],
  ['SessionExpired', 'STORE_UNAVAILABLE'],
  ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'TIMEOUT'],
  ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONSTRAINT_VIOLATION'],
  ['Neo.ClientError.Statement.SyntaxError', 'BAD_QUERY'],
  ['Neo.ClientError.Security.Unauthorized', 'STORE_UNAVAILABLE'],
  ['Neo.TransientError.Transaction.DeadlockDetected', 'CONFLICT'],
  ['Neo.DatabaseError.General.UnknownError', 'INTERNAL_SERVER_ERROR'],
])('driver error code %s maps to %s', (code, expected) => {
  const error = new Neo4jError(
    'whatever the server said',
    code,
    '50N42',
    'error: general processing exception',
  );
  expect(mapNeo4jError(error, 'test').code).toBe(expected);
});
