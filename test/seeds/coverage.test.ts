import { buildSeedGraph } from '../../src/ingest/seed-graph';

/** Coverage a user would notice if it were missing. */
const graph = buildSeedGraph();
const byId = new Map(graph.entities.map((e) => [e.id, e]));
const relations = (type: string, where: (r: (typeof graph.relations)[number]) => boolean) =>
  graph.relations.filter((r) => r.type === type && where(r));

test.each([
  'framework-ipef',
  'framework-core-partnership',
  'framework-economic-2plus2',
  'framework-jucep',
  'framework-gdcp',
  'framework-jucip',
])('%s has participants, a launch and sources', (id) => {
  const framework = byId.get(id);
  expect(framework?.sources.length).toBeGreaterThan(0);
  expect(relations('PARTICIPATES_IN', (r) => r.to === id).length).toBeGreaterThanOrEqual(2);
  const launches = relations('LAUNCHED', (r) => r.to === id);
  expect(launches.length).toBeGreaterThan(0);
  expect(launches.every((r) => r.sources.length > 0)).toBe(true);
});

test('AZEC and AZEC 2.0 are both in the graph, with sources', () => {
  for (const id of ['framework-azec', 'framework-azec-2']) expect(byId.get(id)?.sources.length).toBeGreaterThan(0);
});

test('every meeting has a date, or the fiscal year or status the text gives instead, or says the text gives none', () => {
  const undated = graph.entities
    .filter(
      (e) =>
        e.kind === 'meeting' &&
        !e.date &&
        e.props.fiscalYear === undefined &&
        e.props.status === undefined &&
        e.props.dateNotGiven !== true,
    )
    .map((e) => e.id);
  expect(undated).toEqual([]);
});

test('the numbered meetings of the METI chapter each have their participants', () => {
  const meetings = graph.entities.filter(
    (e) => e.kind === 'meeting' && e.sources.some((s) => s.documentId === 'meti-us-chapter-2022'),
  );
  expect(meetings.length).toBeGreaterThanOrEqual(14);
  const withoutPeople = meetings.filter(
    (m) => relations('ATTENDED', (r) => r.to === m.id).length === 0 && relations('HOSTED', (r) => r.to === m.id).length === 0,
  );
  // Meetings only referred to in passing (a future Quad summit) may name no participant.
  expect(withoutPeople.length).toBeLessThanOrEqual(meetings.length / 4);
});

test('every Trade Strategy 2026 region has its countries, each with priority sectors', () => {
  const regions = ['asia-oceania', 'southwest-asia', 'middle-east', 'africa', 'central-asia-caucasus', 'latin-america'];
  for (const region of regions) {
    const strategy = `strategy-ts2026-region-${region}`;
    expect(byId.get(strategy)?.kind).toBe('strategy_item');
    const plans = relations('BELONGS_TO', (r) => r.to === strategy && r.from.startsWith('strategy-ts2026-country-'));
    expect(plans.length).toBeGreaterThan(1);
    for (const plan of plans) {
      const targets = relations('TARGETS', (r) => r.from === plan.from);
      expect(targets.some((t) => t.to.startsWith('country-'))).toBe(true);
      expect(relations('PRIORITISES', (r) => r.from === plan.from).length).toBeGreaterThan(0);
    }
  }
  expect(relations('PRIORITISES', (r) => r.from === 'strategy-ts2026-country-in').map((r) => r.to)).toContain(
    'sector-ai-semiconductors',
  );
});

test('both JUCEP launch statements are kept, each with its source and a note', () => {
  const launches = relations('LAUNCHED', (r) => r.to === 'framework-jucep');
  const lines = launches.flatMap((r) => r.sources.map((s) => s.lineStart));
  expect(lines.some((l) => l >= 1751 && l <= 1757)).toBe(true);
  expect(lines.some((l) => l >= 2362 && l <= 2368)).toBe(true);
  expect(launches.every((r) => r.note)).toBe(true);
});

test('every row of the US supply-chain table is a measure owned by an agency', () => {
  const rows = graph.entities.filter(
    (e) => e.kind === 'policy_measure' && e.sources.some((s) => s.documentId === 'us-supply-chain-measures-2021'),
  );
  expect(rows.length).toBeGreaterThanOrEqual(38);
});

test('the policy evaluation has its indicators with targets and results by fiscal year', () => {
  for (const indicator of ['indicator-mofa-na-1-1', 'indicator-mofa-na-2-1', 'indicator-mofa-na-3-1']) {
    const values = relations('VALUE_OF', (r) => r.to === indicator).map((r) => byId.get(r.from)!);
    expect(values.some((v) => v.subtype === 'target')).toBe(true);
    expect(values.some((v) => v.subtype === 'result')).toBe(true);
  }
});
