import { jsonBytesAtMost } from '../../src/graphql/request-guard.plugin';

/** The guard skips the exact measure when this bound is under the cap: it must never undercount. */
test('the bound on an answer is never below its serialized UTF-8 size', () => {
  const answers: unknown[] = [
    { data: { entity: { id: 'meeting-1', nameJa: '日米経済政策協議委員会', date: null } } },
    { data: { text: 'quotes " and \\ and \n and \u0001 and 😀 (a surrogate pair)' } },
    { data: { list: [1, -2.5e-300, 1e21, true, false, null, undefined, 'x'] } },
    {
      data: { skipped: undefined, nested: [[[{ deep: ['アジア'] }]]] },
      errors: [{ message: 'm' }],
    },
    { data: { when: new Date(0), count: Number.MAX_SAFE_INTEGER } },
  ];
  for (const answer of answers) {
    expect(jsonBytesAtMost(answer)).toBeGreaterThanOrEqual(
      Buffer.byteLength(JSON.stringify(answer)),
    );
  }
});

test('a large answer is caught by the bound, so the guard measures it exactly', () => {
  const big = { data: { items: Array.from({ length: 1000 }, (_, i) => ({ id: `e-${i}` })) } };
  expect(jsonBytesAtMost(big)).toBeGreaterThan(Buffer.byteLength(JSON.stringify(big)));
  expect(jsonBytesAtMost(big)).toBeLessThan(10 * Buffer.byteLength(JSON.stringify(big)));
});
