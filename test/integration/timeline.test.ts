import { seededServer, type SeededServer } from '../helpers/seeded-server';

/** Partial dates are intervals: a month or a year stands for all its days (issue 12 item 6). */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

interface Item {
  id: string;
  date: string;
  dateEnd: string | null;
  datePrecision: 'DAY' | 'MONTH' | 'YEAR';
}

const timeline = async (args: string): Promise<Item[]> => {
  const result = await server.run(
    `{ timeline(${args}, first: 100) { id date dateEnd datePrecision } }`,
  );
  expect(result.errors).toBeUndefined();
  return result.data.timeline as Item[];
};

test('a window inside June 2021 includes the meetings dated only "2021-06"', async () => {
  const items = await timeline('from: "2021-06-15", to: "2021-06-20"');
  const ids = items.map((i) => i.id);
  expect(ids).toContain('meeting-2021-06-jucep-first');
  expect(ids).toContain('meeting-2021-06-japan-canada-summit');
  // …and the year-only 2021 meetings, whose days include these; nothing outside the window.
  expect(items.find((i) => i.date === '2021')).toBeDefined();
  for (const item of items) {
    expect(item.date.slice(0, 4) <= '2021').toBe(true);
    expect((item.dateEnd ?? item.date) >= '2021').toBe(true);
    if (item.datePrecision === 'DAY' && !item.dateEnd) {
      expect(item.date >= '2021-06-15' && item.date <= '2021-06-20').toBe(true);
    }
  }
});

test('precision is exposed: DAY, MONTH and YEAR', async () => {
  const items = await timeline('from: "2021-06", to: "2022-01"');
  const precisionOf = (id: string) => items.find((i) => i.id === id)?.datePrecision;
  expect(precisionOf('meeting-2021-06-jucep-first')).toBe('MONTH');
  expect(precisionOf('meeting-2022-quad-leaders-meeting-japan')).toBe('YEAR');
  expect(precisionOf('meeting-2022-01-06-japan-us-foreign-ministers-call')).toBe('DAY');
});

test('a January window keeps year-only items under OVERLAP and drops them under WITHIN', async () => {
  const overlap = await timeline('from: "2022-01-01", to: "2022-01-31"');
  const within = await timeline('from: "2022-01-01", to: "2022-01-31", dateMatch: WITHIN');
  expect(overlap.map((i) => i.id)).toContain('meeting-2022-quad-leaders-meeting-japan');
  expect(within.map((i) => i.id)).not.toContain('meeting-2022-quad-leaders-meeting-japan');
  expect(within.map((i) => i.id)).toContain('meeting-2022-01-06-japan-us-foreign-ministers-call');
  expect(within.length).toBeGreaterThan(0);
  for (const item of within) {
    expect(item.datePrecision).not.toBe('YEAR');
    expect(item.date >= '2022-01' && (item.dateEnd ?? item.date) <= '2022-01-31').toBe(true);
  }
  // WITHIN is a subset of OVERLAP.
  const overlapIds = new Set(overlap.map((i) => i.id));
  expect(within.every((i) => overlapIds.has(i.id))).toBe(true);
});

test('from and to take a month or a year, meaning all of its days', async () => {
  const month = await timeline('from: "2021-06", to: "2021-06", dateMatch: WITHIN');
  expect(month.map((i) => i.id)).toContain('meeting-2021-06-jucep-first');
  expect(month.every((i) => i.date.startsWith('2021-06'))).toBe(true);
  const year = await timeline('from: "2022", to: "2022", dateMatch: WITHIN');
  expect(year.map((i) => i.id)).toContain('meeting-2022-quad-leaders-meeting-japan');
  expect(year.map((i) => i.id)).toContain('meeting-2022-01-06-japan-us-foreign-ministers-call');
  expect(year.every((i) => i.date.startsWith('2022'))).toBe(true);
});

test('an item spanning months overlaps a window in its middle but is not within it', async () => {
  // The Malabar exercise runs from August to September 2021.
  const overlap = await timeline('from: "2021-09-10", to: "2021-09-12"');
  expect(overlap.map((i) => i.id)).toContain('meeting-2021-08-malabar');
  const within = await timeline('from: "2021-09", to: "2021-09", dateMatch: WITHIN');
  expect(within.map((i) => i.id)).not.toContain('meeting-2021-08-malabar');
});

test('items come in order of their first day', async () => {
  const items = await timeline('from: "2021", to: "2022"');
  const firstDays = items.map((i) => i.date.padEnd(10, '-00'));
  expect(firstDays).toEqual([...firstDays].sort());
});

test('a window whose start is after its end is refused', async () => {
  const result = await server.run('{ timeline(from: "2022-02", to: "2022-01-31") { id } }');
  expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const sameMonth = await server.run('{ timeline(from: "2022-01", to: "2022-01-15") { id } }');
  expect(sameMonth.errors).toBeUndefined();
});

describe('asOf takes partial dates and means any day of them', () => {
  const relationsOf = async (id: string, asOf: string) => {
    const result = await server.run(
      `{ entity(id: "${id}") { relations(asOf: "${asOf}", first: 100) { edges { node { id validFrom validTo } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    return (
      result.data.entity.relations.edges as Array<{
        node: { id: string; validFrom: string | null; validTo: string | null };
      }>
    ).map((e) => e.node);
  };

  test('a relation valid from a day in June 2021 is valid as of "2021-06" but not as of "2021-05"', async () => {
    const june = await relationsOf('meeting-2021-06-jucep-first', '2021-06');
    expect(june.length).toBeGreaterThan(0);
    const may = await relationsOf('meeting-2021-06-jucep-first', '2021-05');
    expect(may.length).toBeLessThan(june.length);
    const year = await relationsOf('meeting-2021-06-jucep-first', '2021');
    expect(year.length).toBe(june.length);
  });

  test('a malformed asOf is refused with BAD_USER_INPUT', async () => {
    const result = await server.run(
      'query($d: Date) { entity(id: "framework-ipef") { relations(asOf: $d) { totalCount } } }',
      { d: '2021-13' },
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
