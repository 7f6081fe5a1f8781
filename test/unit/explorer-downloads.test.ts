import { EXPORT_FORMAT_NAMES } from '../../src/export/formats';
import { parseViewParams } from '../../src/export/view-params';
import { EXPORT_DOWNLOADS, exportQuery } from '../../src/widget/explorer/downloads.bar';

/** The explorer's download links name exactly the formats /export serves, with parameters it takes. */
test('the explorer offers every export format, and only those', () => {
  expect(EXPORT_DOWNLOADS.map((d) => d.format).sort()).toEqual([...EXPORT_FORMAT_NAMES].sort());
});

test("a view's export query is one the export route accepts, for the same view", () => {
  const entity = exportQuery(
    {
      view: 'entity',
      entity: 'country-jp',
      kinds: ['COUNTRY'],
      types: ['PARTICIPATES_IN'],
      asOf: '2023-05-01',
    },
    2,
  )!;
  expect(parseViewParams(Object.fromEntries(new URLSearchParams(entity)))).toMatchObject({
    kind: 'neighborhood',
    centre: 'country-jp',
    depth: 2,
    filter: { types: ['PARTICIPATES_IN'], asOf: '2023-05-01' },
  });
  const path = exportQuery({ view: 'path', from: 'country-jp', to: 'country-in', more: true }, 1)!;
  expect(parseViewParams(Object.fromEntries(new URLSearchParams(path)))).toMatchObject({
    kind: 'paths',
    from: 'country-jp',
    to: 'country-in',
    first: 20,
  });
  expect(exportQuery({ view: 'country', code: 'IN' }, 1)).toBeNull();
});
