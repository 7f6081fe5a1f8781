import { dayInterval, windowBounds } from '../../src/domain/partial-date';

/** A partial date is the interval of its days; windows compare intervals (issue 12 item 6). */
const inWindow = (
  item: string,
  itemEnd: string | null,
  from: string | null,
  to: string | null,
  match: 'overlap' | 'within',
): boolean => {
  const { start, end } = dayInterval(item, itemEnd);
  const b = windowBounds(from, to, match);
  return (
    (b.startMin === null || start >= b.startMin) &&
    (b.startMax === null || start <= b.startMax) &&
    (b.endMin === null || end >= b.endMin) &&
    (b.endMax === null || end <= b.endMax)
  );
};

test('a month and a year are intervals with their precision', () => {
  expect(dayInterval('2021-06')).toEqual({
    start: '2021-06-01',
    end: '2021-06-30',
    precision: 'month',
  });
  expect(dayInterval('2024')).toEqual({
    start: '2024-01-01',
    end: '2024-12-31',
    precision: 'year',
  });
  expect(dayInterval('2021-08', '2021-09').end).toBe('2021-09-30');
});

test('overlap: a June item is in 15–20 June; a year-only item is in January', () => {
  expect(inWindow('2021-06', null, '2021-06-15', '2021-06-20', 'overlap')).toBe(true);
  expect(inWindow('2021', null, '2021-01-01', '2021-01-31', 'overlap')).toBe(true);
  expect(inWindow('2021-07-01', null, '2021-06-15', '2021-06-20', 'overlap')).toBe(false);
});

test('within: every day of the item must be in the window', () => {
  expect(inWindow('2021', null, '2021-01-01', '2021-01-31', 'within')).toBe(false);
  expect(inWindow('2021-01', null, '2021-01', '2021-01', 'within')).toBe(true);
  expect(inWindow('2021-08', '2021-09', '2021-09', '2021-09', 'within')).toBe(false);
  expect(inWindow('2021-08', '2021-09', '2021', '2021', 'within')).toBe(true);
});

test('open windows bound one side only', () => {
  expect(inWindow('2019', null, null, '2019-03', 'overlap')).toBe(true);
  expect(inWindow('2019', null, null, '2019-03', 'within')).toBe(false);
  expect(inWindow('2030-05', null, '2030', null, 'within')).toBe(true);
});
