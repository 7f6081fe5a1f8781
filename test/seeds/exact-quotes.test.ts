import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readDocuments } from '../../src/ingest/documents';
import { locateQuote, spanText } from '../../src/ingest/quote-span';
import { listSeedFiles, parseSeedFile } from '../../src/ingest/seed-files';
import { buildSeedGraph } from '../../src/ingest/seed-graph';
import { formatProblem } from '../../src/ingest/seed-problem';

const SEEDS = join(__dirname, '../../seeds');

describe('the text of a line span', () => {
  test('drops a line break next to Japanese text, with the whitespace around it', () => {
    expect(spanText(['外交・安全保障と経済を一体とする形での議 ', '論を深化させて'], 1, 2)).toBe(
      '外交・安全保障と経済を一体とする形での議論を深化させて',
    );
  });

  test('turns a line break between two Latin words into one space, and skips blank lines', () => {
    expect(spanText(['（Japan-U.S. Commercial ', '', 'and Industrial Partnership'], 1, 3)).toBe(
      '（Japan-U.S. Commercial and Industrial Partnership',
    );
  });

  test('keeps the spaces inside a line: they are the document’s', () => {
    expect(spanText(['萩生田経済産業大臣とレモンド商務長官の会談（11月 15 日）'], 1, 1)).toContain(
      '（11月 15 日）',
    );
  });
});

test('a normalised quote is located and given back in the document’s own characters', () => {
  const text = '日米経済政策協議委員会（経済版「2 ＋ 2））の立上げが合意';
  expect(locateQuote(text, '日米経済政策協議委員会(経済版「2+2))')).toBe(
    '日米経済政策協議委員会（経済版「2 ＋ 2））',
  );
  expect(locateQuote(text, 'この文は文書にない')).toBeNull();
});

test('the validator refuses a quote that matches only after normalisation, and says what the lines say', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-quotes-'));
  try {
    cpSync(join(SEEDS, 'documents'), join(dir, 'documents'), { recursive: true });
    mkdirSync(join(dir, 'graph', 'meti-us-chapter-2022'), { recursive: true });
    writeFileSync(
      join(dir, 'graph', 'meti-us-chapter-2022', '01-a.yaml'),
      `document: meti-us-chapter-2022
entities:
  - id: framework-jucip
    kind: framework
    nameJa: 日米商務・産業パートナーシップ
    sources: [{ lines: [124, 125], quote: 'Japan-U.S.CommercialandIndustrialPartnership' }]
  - id: org-meti
    kind: organization
    nameJa: 経済産業省
    sources: [{ lines: [124, 125], quote: 'Japan-U.S. Commercial and Industrial Partnership' }]
relations:
  - { type: OWNS, from: org-meti, to: framework-jucip, sources: [{ lines: [124, 125], quote: 'JUCIP' }] }
`,
    );
    const problems = buildSeedGraph(dir).problems.map(formatProblem);
    expect(problems).toEqual([
      `${basename(dir)}/graph/meti-us-chapter-2022/01-a.yaml: entities[0] framework-jucip: source meti-us-chapter-2022:124-125: ` +
        `quote "Japan-U.S.CommercialandIndustrialPartner…" is not the document's own characters; the lines say "Japan-U.S. Commercial and Industrial Partnership"`,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every quote in the committed seeds is an exact substring of its line span', () => {
  const { documents } = readDocuments(join(SEEDS, 'documents'));
  const lines = new Map(documents.map((d) => [d.id, d.lines]));
  const files = listSeedFiles(join(SEEDS, 'graph')).map((path) =>
    parseSeedFile(path, join(SEEDS, '..'), []),
  );
  const sources = files.flatMap((f) => [...f.entities, ...f.relations].flatMap((r) => r.sources));
  expect(sources.length).toBeGreaterThan(6000);
  const inexact = sources.filter((s) => {
    const text = spanText(lines.get(s.documentId) ?? [], s.lineStart, s.lineEnd);
    return !text.includes(s.quote);
  });
  expect(inexact).toEqual([]);
  // Full-width brackets the documents use are kept as such.
  expect(sources.some((s) => s.quote.includes('（JUCIP）'))).toBe(true);
});
