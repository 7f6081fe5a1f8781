import type { Entity, Relation, Source } from '../../domain/entity';
import { squashForQuote } from '../../domain/text';
import {
  ENTITY_KIND_INFO,
  RELATION_TYPES,
  type EntityKind,
  type RelationType,
} from '../../domain/vocabulary';
import { englishTitle } from '../../domain/role-titles';
import type { SourceDocument } from '../../ingest/documents';
import { buildMentionIndex, type Mention } from '../../ingest/mentions';

/**
 * Proposals for a new document, from the patterns the five curated documents use: meetings and
 * talks (a dated line naming a meeting), attendees with their titles, signings, launches, and
 * strategy items with their sectors (country tables, headings and bullets). Every proposal
 * cites the one line it comes from with an exact substring of that line, and is a draft until a
 * curator accepts it. Known entities are found with the mention index.
 */

export type Pattern =
  | 'meeting'
  | 'attendee'
  | 'signing'
  | 'launch'
  | 'country-table'
  | 'strategy-heading'
  | 'strategy-bullet';

export interface ProposedEntity extends Entity {
  pattern: Pattern;
}

export interface ProposedRelation extends Relation {
  pattern: Pattern;
}

export interface FoundDate {
  line: number;
  value: string;
  quote: string;
}

export interface Draft {
  documentId: string;
  known: Mention[];
  dates: FoundDate[];
  entities: ProposedEntity[];
  relations: ProposedRelation[];
}

const MEETING =
  /(首脳会談|首脳会合|首脳会議|閣僚会合|閣僚会議|会談|会合|対話|サミット|フォーラム|協議)/;
const SIGNING = /(署名|締結|調印)/;
const LAUNCH = /(立ち上げ|立上げ|発足|設立|創設|発表)/;
const TITLES =
  '経産副大臣|経産大臣|外務副大臣|外務大臣|防衛大臣|総理大臣|副大臣|大臣|総理|首相|大統領|副大統領|長官|特使|代表|CEO';
const ATTENDEE = new RegExp(`([\\u4E00-\\u9FFF々\\u30A0-\\u30FF]{1,8}?)(${TITLES})`, 'gu');
const NEW_FRAMEWORK =
  /「([^」]{3,40})」|([\u4E00-\u9FFF\u30A0-\u30FFA-Za-z0-9・]{2,30}(?:タスクフォース|パートナーシップ|協定|覚書|イニシアティブ|構想))/u;
const MAX_SOURCES = 3;

export function draftDocument(options: {
  documentId: string;
  lines: string[];
  /** Entities Kizuna already knows (for a held-out test: without the document's own records). */
  known: Entity[];
  /** Year to give a month-only date when the line has none (the document's year). */
  year: string | null;
}): Draft {
  const { documentId, lines, known, year } = options;
  const document = { id: documentId, lines } as SourceDocument;
  const mentions = buildMentionIndex(known, [document]);
  const knownById = new Map(known.map((e) => [e.id, e]));
  const onLine = new Map<number, Entity[]>();
  for (const m of mentions) {
    const list = onLine.get(m.line) ?? [];
    const entity = knownById.get(m.entityId);
    if (entity && !list.includes(entity)) list.push(entity);
    onLine.set(m.line, list);
  }
  const knownSectors = new Map<string, Entity>();
  for (const e of known.filter((k) => k.kind === 'sector')) {
    for (const name of [e.nameJa, ...e.aliases]) knownSectors.set(squashForQuote(name), e);
  }

  const entities = new Map<string, ProposedEntity>();
  const byName = new Map<string, ProposedEntity>();
  const relations = new Map<string, ProposedRelation>();
  const dates: FoundDate[] = [];
  let counter = 0;

  const source = (line: number, quote: string): Source => ({
    documentId,
    lineStart: line,
    lineEnd: line,
    quote,
    inferred: false,
  });
  const propose = (
    kind: EntityKind,
    nameJa: string,
    line: number,
    quote: string,
    pattern: Pattern,
    extra: Partial<Entity> = {},
  ): ProposedEntity => {
    const key = `${kind}:${squashForQuote(nameJa)}`;
    const existing = byName.get(key);
    if (existing) {
      if (existing.sources.length < MAX_SOURCES) existing.sources.push(source(line, quote));
      return existing;
    }
    const id = `${ENTITY_KIND_INFO[kind].idPrefix}draft-${documentId}-l${line}-${++counter}`;
    const entity: ProposedEntity = {
      id,
      kind,
      nameJa,
      aliases: [],
      props: {},
      sources: [source(line, quote)],
      pattern,
      ...extra,
    };
    entities.set(id, entity);
    byName.set(key, entity);
    return entity;
  };
  const relate = (
    type: RelationType,
    from: Entity,
    to: Entity,
    line: number,
    quote: string,
    pattern: Pattern,
    extra: Partial<Relation> = {},
  ): void => {
    if (from.id === to.id || !allows(type, from.kind, to.kind)) return;
    const id = `${from.id}--${type}--${to.id}`;
    const existing = relations.get(id);
    if (existing) {
      if (existing.sources.length < MAX_SOURCES) existing.sources.push(source(line, quote));
      return;
    }
    relations.set(id, {
      id,
      type,
      from: from.id,
      to: to.id,
      props: {},
      sources: [source(line, quote)],
      pattern,
      ...extra,
    });
  };

  let heading: ProposedEntity | null = null;
  lines.forEach((raw, index) => {
    const n = index + 1;
    const line = raw.replace(/\r$/, '');
    const text = line.trim();
    if (text === '') return;
    const plain = text.replace(/\*\*/g, '');
    const here = onLine.get(n) ?? [];
    const date = findDate(line, year);
    if (date) dates.push({ line: n, value: date.value, quote: date.quote });

    // Country tables: "<country>\t<sector>、<sector>…\t…".
    const cells = line.split('\t');
    const country = here.find((e) => e.kind === 'country' && cells[0].trim() === e.nameJa);
    if (cells.length >= 2 && country) {
      const plan = propose(
        'strategy_item',
        `${country.nameJa}：国別アクションプラン`,
        n,
        cells[0].trim(),
        'country-table',
        { subtype: 'country_plan' },
      );
      relate('TARGETS', plan, country, n, cells[0].trim(), 'country-table');
      const sectors = cells[1].split('、').map((c) => c.trim());
      for (const cell of sectors.filter((c) => c.length >= 2 && c.length <= 30)) {
        const sector =
          knownSectors.get(squashForQuote(cell)) ??
          propose('sector', cell, n, cell, 'country-table');
        relate('PRIORITISES', plan, sector, n, cell, 'country-table');
      }
      // The actions column: a list the text file keeps on one line, items separated by spaces.
      const actions = (cells[2] ?? '').replace(/<[^>]*>/g, ' ').split(/\s+/);
      for (const action of actions.filter((a) => a.length >= 8 && line.includes(a))) {
        const item = propose('strategy_item', action, n, action, 'country-table');
        relate('BELONGS_TO', item, plan, n, action, 'country-table');
      }
      return;
    }

    // Meetings and talks: a line with a date that names a meeting.
    const meetingWord = MEETING.exec(plain);
    let meeting: Entity | null = null;
    if (meetingWord && date) {
      const clause = clauseAround(text, meetingWord[0]);
      if (clause) {
        meeting = propose('meeting', clause.replace(/\*\*/g, ''), n, clause, 'meeting', {
          date: date.value,
          ...(date.yearFromDocument
            ? {
                props: { dateInferred: `the line gives ${date.quote}; the year is the document's` },
              }
            : {}),
        });
      }
    }
    // Attendees with titles.
    for (const match of plain.matchAll(ATTENDEE)) {
      const [whole, name, title] = match;
      if (!line.includes(whole)) continue;
      const person =
        here.find(
          (e) =>
            e.kind === 'person' &&
            (e.nameJa.includes(name) || e.aliases.some((a) => a.includes(name))),
        ) ?? propose('person', name, n, whole, 'attendee', { description: title });
      // A capacity needs its English form (src/domain/role-titles.ts); without one the title
      // stays in the person's description for the curator.
      const capacity = englishTitle(title) !== null ? { capacity: title } : {};
      if (meeting) relate('ATTENDED', person, meeting, n, whole, 'attendee', capacity);
    }
    if (meeting) {
      for (const actor of here)
        relate('ATTENDED', actor, meeting, n, meeting.sources[0].quote, 'meeting');
    }
    // Signings and launches: an actor and a framework on the same line.
    for (const [pattern, type, verb] of [
      ['signing', 'SIGNED', SIGNING],
      ['launch', 'LAUNCHED', LAUNCH],
    ] as const) {
      const found = verb.exec(plain);
      if (!found) continue;
      let targets = here.filter((e) =>
        (RELATION_TYPES[type].range as readonly string[]).includes(e.kind),
      );
      if (targets.length === 0) {
        const named = NEW_FRAMEWORK.exec(line);
        const name = named?.[1] ?? named?.[2];
        if (name) targets = [propose('framework', name, n, named![0], pattern)];
      }
      const actors = [...here, ...(meeting ? [meeting] : [])];
      for (const actor of actors) {
        for (const target of targets)
          relate(type, actor, target, n, clauseAround(text, found[0]) ?? found[0], pattern);
      }
    }
    // Strategy items: short headings, and the bullets under them, with the sectors they name.
    const bullet = /^-\s+(.+)$/.exec(text);
    const item = bullet ? bullet[1] : text;
    const itemPlain = item.replace(/\*\*/g, '');
    const short =
      itemPlain.length >= 6 &&
      itemPlain.length <= 45 &&
      !/[。：:]/.test(itemPlain) &&
      !line.includes('\t');
    if (short && !meeting && !/^[\d(（]/.test(itemPlain)) {
      const pattern = bullet ? 'strategy-bullet' : 'strategy-heading';
      const strategy = propose('strategy_item', itemPlain, n, item, pattern);
      if (bullet && heading) relate('BELONGS_TO', strategy, heading, n, item, pattern);
      if (!bullet) heading = strategy;
      for (const e of here) {
        if (e.kind === 'sector') relate('CONCERNS', strategy, e, n, item, pattern);
        if (e.kind === 'country' || e.kind === 'region')
          relate('TARGETS', strategy, e, n, item, pattern);
        if (e.kind === 'framework') relate('USES_FRAMEWORK', strategy, e, n, item, pattern);
      }
    }
  });

  // An entity in no relation would fail validation once accepted: such proposals are dropped.
  const linked = new Set([...relations.values()].flatMap((r) => [r.from, r.to]));
  return {
    documentId,
    known: mentions,
    dates,
    entities: [...entities.values()].filter((e) => linked.has(e.id)),
    relations: [...relations.values()],
  };
}

/** Domain and range as the vocabulary states them, so that an accepted proposal validates. */
function allows(type: RelationType, from: EntityKind, to: EntityKind): boolean {
  const info = RELATION_TYPES[type];
  return (
    (info.domain as readonly string[]).includes(from) &&
    (info.range as readonly string[]).includes(to)
  );
}

/** The clause (between 、。 and line ends) holding `word`, as written in the line. */
function clauseAround(text: string, word: string): string | null {
  const clauses = text.replace(/^-\s+/, '').split(/[、。]/);
  const clause = clauses.find((c) => c.replace(/\*\*/g, '').includes(word));
  if (!clause) return null;
  const trimmed = clause.trim();
  return trimmed.length >= 2 && trimmed.length <= 80 ? trimmed : null;
}

const FULL_DATE = /(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日/;
const YEAR_MONTH = /(\d{4})年\s*(\d{1,2})月/;
const MONTH_ONLY = /(?:^|[^\d年])(\d{1,2})月(?!\d)/;

function findDate(
  line: string,
  year: string | null,
): { value: string; quote: string; yearFromDocument?: boolean } | null {
  const pad = (v: string): string => v.padStart(2, '0');
  let m = FULL_DATE.exec(line);
  if (m) return { value: `${m[1]}-${pad(m[2])}-${pad(m[3])}`, quote: m[0] };
  m = YEAR_MONTH.exec(line);
  if (m) return { value: `${m[1]}-${pad(m[2])}`, quote: m[0] };
  m = MONTH_ONLY.exec(line);
  if (m && year && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    return { value: `${year}-${pad(m[1])}`, quote: `${m[1]}月`, yearFromDocument: true };
  }
  return null;
}
