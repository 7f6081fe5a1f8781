import { seedGraph, seededServer, type SeededServer } from '../helpers/seeded-server';

/**
 * The questions users ask, answered against the real seed graph through GraphQL. Expected values
 * are read from the seed files (via the validated seed graph), plus anchors a reader can check
 * in the documents.
 */
let server: SeededServer;
beforeAll(async () => {
  server = await seededServer();
});
afterAll(async () => {
  await server.close();
});

const relationsOf = (type: string) => seedGraph().relations.filter((r) => r.type === type);

test('the frameworks both Japan and India take part in, with sources', async () => {
  const result = await server.run(`{
    shared(ids: ["country-jp", "country-in"], kinds: [FRAMEWORK], relationTypes: [PARTICIPATES_IN]) {
      entity { id nameJa }
      relations { from { id } sources { quote lineStart document { id } } }
    }
  }`);
  expect(result.errors).toBeUndefined();
  const participants = (country: string) =>
    new Set(
      relationsOf('PARTICIPATES_IN')
        .filter((r) => r.from === country)
        .map((r) => r.to),
    );
  const jp = participants('country-jp');
  const expected = [...participants('country-in')].filter(
    (id) => jp.has(id) && id.startsWith('framework-'),
  );
  const ids = result.data.shared.map((s: any) => s.entity.id);
  expect(ids.sort()).toEqual(expected.sort());
  expect(ids).toContain('framework-ipef');
  for (const shared of result.data.shared) {
    expect(new Set(shared.relations.map((r: any) => r.from.id))).toEqual(
      new Set(['country-jp', 'country-in']),
    );
    for (const relation of shared.relations) expect(relation.sources.length).toBeGreaterThan(0);
  }
});

test('the meetings of April to June 2021, in date order', async () => {
  const result = await server.run(`{
    timeline(from: "2021-04", to: "2021-06", dateMatch: WITHIN, first: 100) { id nameJa date }
  }`);
  expect(result.errors).toBeUndefined();
  // Within the window: a meeting dated only "2021" may have been in March, so it is left out.
  const expected = seedGraph().entities.filter(
    (e) =>
      e.kind === 'meeting' &&
      e.date &&
      e.date >= '2021-04' &&
      (e.dateEnd ?? e.date) <= '2021-06-30' &&
      e.date.length > 4,
  );
  const got = result.data.timeline;
  expect(got.map((m: any) => m.id).sort()).toEqual(expected.map((e) => e.id).sort());
  expect(got.map((m: any) => m.id)).toContain('meeting-2021-04-16-japan-us-summit');
  const dates = got.map((m: any) => m.date);
  expect([...dates].sort()).toEqual(dates);
});

test('who attended the meeting that launched IPEF, in which capacity', async () => {
  const result = await server.run(`{
    entity(id: "framework-ipef") {
      ... on Framework {
        launchedAt {
          entity { id kind ... on Meeting { date attendees { entity { id nameJa } relation { capacity sources { quote } } } } }
        }
      }
    }
  }`);
  expect(result.errors).toBeUndefined();
  const launch = result.data.entity.launchedAt.find(
    (l: any) => l.entity.id === 'meeting-2022-05-23-ipef-launch',
  );
  expect(launch.entity.date).toBe('2022-05-23');
  const attendees = launch.entity.attendees.map((a: any) => a.entity.id);
  const expected = relationsOf('ATTENDED')
    .filter((r) => r.to === 'meeting-2022-05-23-ipef-launch')
    .map((r) => r.from);
  expect(attendees.sort()).toEqual([...new Set(expected)].sort());
  expect(attendees).toContain('person-biden-joe');
  for (const attendee of launch.entity.attendees)
    expect(attendee.relation.sources[0].quote).toBeTruthy();
});

test("India's priority sectors and actions in Trade Strategy 2026", async () => {
  const result = await server.run(`{
    country(code: "IN") {
      code nameJa
      strategy {
        region { id } document { id title }
        items { item { entity { id } } prioritySectors { entity { id nameJa } relation { sources { quote lineStart } } } actions { entity { id nameJa } } }
      }
    }
  }`);
  expect(result.errors).toBeUndefined();
  const group = result.data.country.strategy.find(
    (g: any) => g.document.id === 'doc-trade-strategy-2026',
  );
  expect(group.region.id).toBe('region-southwest-asia');
  const plan = group.items.find((i: any) => i.item.entity.id === 'strategy-ts2026-country-in');
  const sectors = plan.prioritySectors.map((s: any) => s.entity.id);
  const expected = relationsOf('PRIORITISES')
    .filter((r) => r.from === 'strategy-ts2026-country-in')
    .map((r) => r.to);
  expect(sectors.sort()).toEqual(expected.sort());
  expect(sectors).toEqual(
    expect.arrayContaining(['sector-ai-semiconductors', 'sector-energy-security-gx']),
  );
  expect(plan.prioritySectors[0].relation.sources[0].lineStart).toBe(470);
  expect(plan.actions.length).toBe(
    relationsOf('BELONGS_TO').filter((r) => r.to === 'strategy-ts2026-country-in').length,
  );
});

test('the shortest paths between a Japanese minister and a US secretary, explained and sourced', async () => {
  const result = await server.run(`{
    paths(from: "person-kajiyama-hiroshi", to: "person-raimondo-gina", maxHops: 3, first: 3) {
      length nodes { id } relations { type sources { quote } } explanation explanationEn: explanation(lang: EN)
    }
  }`);
  expect(result.errors).toBeUndefined();
  const paths = result.data.paths;
  expect(paths.length).toBeGreaterThan(0);
  expect(paths[0].nodes[0].id).toBe('person-kajiyama-hiroshi');
  expect(paths[0].nodes[paths[0].nodes.length - 1].id).toBe('person-raimondo-gina');
  const lengths = paths.map((p: any) => p.length);
  expect([...lengths].sort()).toEqual(lengths);
  expect(paths[0].explanation).toMatch(/。$/);
  expect(paths[0].explanationEn).toMatch(/Raimondo|レモンド/);
  for (const path of paths)
    for (const r of path.relations) expect(r.sources.length).toBeGreaterThan(0);
});

test('where JUCEP is mentioned, and both of its launch statements', async () => {
  const result = await server.run(`{
    entity(id: "framework-jucep") {
      nameJa aliases
      mentions { document { id } lines matched }
      ... on Framework { launchedAt { entity { id date } relation { note sources { lineStart quote document { id } } } } }
    }
  }`);
  expect(result.errors).toBeUndefined();
  const mentions = result.data.entity.mentions;
  const mofa = mentions.find(
    (m: any) => m.document.id === 'doc-mofa-north-america-evaluation-fy2023',
  );
  expect(mofa.lines).toEqual(expect.arrayContaining([1757, 2368]));
  const launches = result.data.entity.launchedAt;
  expect(launches.length).toBeGreaterThanOrEqual(2);
  const launchLines = launches.flatMap((l: any) => l.relation.sources.map((s: any) => s.lineStart));
  // ~l.1755: launched at the April (2022) summit; ~l.2366: launched in June 2022.
  expect(launchLines.some((line: number) => line >= 1751 && line <= 1757)).toBe(true);
  expect(launchLines.some((line: number) => line >= 2362 && line <= 2368)).toBe(true);
  expect(launches.every((l: any) => l.relation.note)).toBe(true);
});

test('a document serves its own lines so a reader can check a quote', async () => {
  const result = await server.run(`{
    documents { id title issuer lineCount }
    entity(id: "doc-meti-us-chapter-2022") { ... on Document { lines(from: 47, to: 47) { number text } } }
  }`);
  expect(result.errors).toBeUndefined();
  expect(result.data.documents).toHaveLength(5);
  expect(result.data.entity.lines[0].text).toContain('日米首脳会談');
});

test('a timeline filtered by a framework lists the meetings linked to it, in date order', async () => {
  const result = await server.run(
    `{ timeline(entityId: "framework-ipef", first: 100) { id date } }`,
  );
  expect(result.errors).toBeUndefined();
  const linked = new Set(
    seedGraph()
      .relations.filter((r) => r.from === 'framework-ipef' || r.to === 'framework-ipef')
      .map((r) => (r.from === 'framework-ipef' ? r.to : r.from)),
  );
  const expected = seedGraph().entities.filter(
    (e) => e.kind === 'meeting' && e.date && linked.has(e.id),
  );
  const got = result.data.timeline;
  expect(got.map((m: any) => m.id).sort()).toEqual(expected.map((e) => e.id).sort());
  expect(got.map((m: any) => m.id)).toContain('meeting-2022-05-23-ipef-launch');
  const dates = got.map((m: any) => m.date);
  expect([...dates].sort()).toEqual(dates);
});
