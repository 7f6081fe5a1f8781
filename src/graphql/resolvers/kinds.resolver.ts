import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import { DomainError } from '../../domain/errors';
import type { EntityRecord } from '../../services/records';
import type { SourceDocument } from '../../ingest/documents';
import { mentionedInDocument } from '../../services/entity.service';
import type { Context } from '../context';
import {
  Framework,
  Meeting,
  Person,
  Region,
  Document,
  StrategyItem,
  Indicator,
  ActionPlan,
} from '../types/entity-kinds.type';
import { Link } from '../types/relation.type';
import { DocumentLine, DocumentMention } from '../types/results.type';
import { links, type LinkValue } from './links';
import { checkFirst, checkId, firstDescription } from './arguments';

/*
 * Typed fields of the richer entity kinds. Each is a view over relations, read through the
 * per-request loaders so that lists of entities cost a fixed number of store calls.
 */

@Resolver(() => Framework)
export class FrameworkResolver {
  @FieldResolver(() => [Link], {
    description: 'Countries and organizations taking part (PARTICIPATES_IN).',
  })
  participants(@Root() f: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, f.id, ['PARTICIPATES_IN'], 'IN');
  }

  @FieldResolver(() => [Link], {
    description: 'Meetings (or actors) that launched it. Several when sources disagree.',
  })
  launchedAt(@Root() f: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, f.id, ['LAUNCHED'], 'IN');
  }

  @FieldResolver(() => [Link], { description: 'Meetings that launched, advanced or used it.' })
  meetings(@Root() f: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, f.id, ['LAUNCHED', 'ADVANCED', 'USES_FRAMEWORK'], 'IN', ['meeting']);
  }

  @FieldResolver(() => [Link], { description: 'Pillars and components (PART_OF).' })
  pillars(@Root() f: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, f.id, ['PART_OF'], 'IN', ['framework']);
  }

  @FieldResolver(() => [Link], { description: 'Sectors and topics it concerns or prioritises.' })
  sectors(@Root() f: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, f.id, ['CONCERNS', 'DISCUSSED', 'PRIORITISES'], 'OUT', ['sector']);
  }

  @FieldResolver(() => [Link], {
    description: 'Frameworks it builds on or succeeds (BUILDS_ON), either way.',
  })
  lineage(@Root() f: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, f.id, ['BUILDS_ON'], 'BOTH');
  }
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @FieldResolver(() => [Link], {
    description: 'Who attended; relation.capacity is the title held then.',
  })
  attendees(@Root() m: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, m.id, ['ATTENDED'], 'IN');
  }

  @FieldResolver(() => [Link], { description: 'Who hosted or chaired it.' })
  hosts(@Root() m: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, m.id, ['HOSTED'], 'IN');
  }

  @FieldResolver(() => [Link], {
    description: 'Countries or places where it took place (HELD_IN).',
  })
  places(@Root() m: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, m.id, ['HELD_IN'], 'OUT');
  }

  @FieldResolver(() => [Link], { description: 'Frameworks it launched, advanced or used.' })
  frameworks(@Root() m: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, m.id, ['LAUNCHED', 'ADVANCED', 'USES_FRAMEWORK'], 'OUT', ['framework']);
  }

  @FieldResolver(() => [Link], {
    description: 'What came out of it: launched frameworks and plans, adopted statements.',
  })
  outcomes(@Root() m: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, m.id, ['LAUNCHED', 'ADOPTED'], 'OUT');
  }

  @FieldResolver(() => [Link], { description: 'Sectors and topics it covered (DISCUSSED).' })
  topics(@Root() m: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, m.id, ['DISCUSSED'], 'OUT');
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Link], {
    description: 'Titles held, with validity (HOLDS_ROLE); relation.title names the office.',
  })
  roles(@Root() p: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, p.id, ['HOLDS_ROLE'], 'OUT');
  }

  @FieldResolver(() => [Link], { description: 'Meetings attended, with the capacity at the time.' })
  meetings(@Root() p: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, p.id, ['ATTENDED'], 'OUT');
  }

  @FieldResolver(() => [Link], {
    description: 'People this person held talks with (MET_WITH), either way.',
  })
  counterparts(@Root() p: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, p.id, ['MET_WITH'], 'BOTH');
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @FieldResolver(() => [Link], {
    description: 'Countries the documents place in this region (MEMBER_OF).',
  })
  countries(@Root() r: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, r.id, ['MEMBER_OF'], 'IN', ['country']);
  }

  @FieldResolver(() => [Link], { description: 'Strategy items that target the region.' })
  strategy(@Root() r: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, r.id, ['TARGETS'], 'IN');
  }
}

@Resolver(() => StrategyItem)
export class StrategyItemResolver {
  @FieldResolver(() => [Link], { description: 'Countries, regions or places it targets.' })
  targets(@Root() s: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, s.id, ['TARGETS'], 'OUT');
  }

  @FieldResolver(() => [Link], { description: 'Priority (promising) sectors.' })
  prioritySectors(@Root() s: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, s.id, ['PRIORITISES'], 'OUT');
  }

  @FieldResolver(() => [Link], { description: 'The strategy or plan it belongs to.' })
  parent(@Root() s: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, s.id, ['BELONGS_TO'], 'OUT');
  }

  @FieldResolver(() => [Link], {
    description: 'Its own items, e.g. the concrete actions of a country plan.',
  })
  items(@Root() s: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, s.id, ['BELONGS_TO'], 'IN');
  }
}

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @FieldResolver(() => [Link], { description: 'The items of the plan.' })
  items(@Root() p: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, p.id, ['BELONGS_TO'], 'IN');
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => [Link], { description: 'Targets, results and ratings by fiscal year.' })
  values(@Root() i: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, i.id, ['VALUE_OF'], 'IN');
  }
}

const MAX_LINES = 500;

@Resolver(() => Document)
export class DocumentResolver {
  @FieldResolver(() => String, { description: 'Title in Japanese, as the document gives it.' })
  title(@Root() d: DocumentRoot, @Ctx() c: Context): string {
    return documentOf(d, c).titleJa;
  }

  @FieldResolver(() => String, { description: 'Title in English (a curated translation).' })
  titleEn(@Root() d: DocumentRoot, @Ctx() c: Context): string {
    return documentOf(d, c).titleEn;
  }

  @FieldResolver(() => String, {
    description: 'Who issued it, in Japanese (a ministry or agency, e.g. 経済産業省).',
  })
  issuer(@Root() d: DocumentRoot, @Ctx() c: Context): string {
    return documentOf(d, c).issuerJa;
  }

  @FieldResolver(() => String, { description: 'Who issued it, in English.' })
  issuerEn(@Root() d: DocumentRoot, @Ctx() c: Context): string {
    return documentOf(d, c).issuerEn;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The period the document covers when it says, e.g. a fiscal year for an evaluation; null otherwise.',
  })
  period(@Root() d: DocumentRoot, @Ctx() c: Context): string | null {
    return documentOf(d, c).period ?? null;
  }

  @FieldResolver(() => String, {
    description:
      'SHA-256 (hex) of the vendored file in seeds/documents/: the exact text line numbers refer to.',
  })
  sha256(@Root() d: DocumentRoot, @Ctx() c: Context): string {
    return documentOf(d, c).sha256;
  }

  @FieldResolver(() => Int, {
    description: 'Number of lines in the vendored file; `lines(from:, to:)` reads 1 to this.',
  })
  lineCount(@Root() d: DocumentRoot, @Ctx() c: Context): number {
    return documentOf(d, c).lines.length;
  }

  // Nullable: a span outside one document's text is an error on that document's `lines` only, so
  // `documents { lines(from: 200, to: 210) }` still answers every document (and the longer ones' lines).
  @FieldResolver(() => [DocumentLine], {
    nullable: true,
    description: `Source text, so a reader can check a quote: lines from–to (at most ${MAX_LINES}); a span running past the end stops at the last line. Null, with an error on this field only, when \`from\` is past the end.`,
  })
  lines(
    @Root() d: DocumentRoot,
    @Ctx() c: Context,
    @Arg('from', () => Int, {
      description: 'First line to return, 1-based; at most lineCount.',
    })
    from: number,
    @Arg('to', () => Int, {
      description: `Last line to return, inclusive; from + ${MAX_LINES - 1} at most.`,
    })
    to: number,
  ): DocumentLine[] {
    const document = documentOf(d, c);
    const count = document.lines.length;
    if (from < 1 || to < from || from > count) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `lines must satisfy 1 ≤ from ≤ to; this document has ${count} lines`,
      );
    }
    if (to - from + 1 > MAX_LINES)
      throw new DomainError('BAD_USER_INPUT', `ask for at most ${MAX_LINES} lines`);
    const last = Math.min(to, count);
    return document.lines.slice(from - 1, last).map((text, i) => ({ number: from + i, text }));
  }

  @FieldResolver(() => [DocumentMention], {
    description:
      'Entities this document names, with the lines, in id order; page with `first` and `after`.',
  })
  async mentionedEntities(
    @Root() d: DocumentRoot,
    @Ctx() c: Context,
    @Arg('first', () => Int, {
      defaultValue: 100,
      nullable: true,
      description: firstDescription('entities', 100),
    })
    first: number | null,
    @Arg('after', () => ID, {
      nullable: true,
      description:
        'Only entities whose id sorts after this one: pass the last entity id of the previous page.',
    })
    after: string | null,
  ): Promise<DocumentMention[]> {
    first = checkFirst(first ?? 100);
    return mentionedInDocument(c.store, documentOf(d, c).id, first, after && checkId(after));
  }
}

/**
 * A Document reaches these fields two ways: from `documents` and sources as a DocumentValue
 * (with its text), or as a plain entity record of kind `document` from any route that reads
 * entities from the store (`entity`, `entities`, `search`, `timeline`, links, mentions). Both
 * answer every Document field: the text comes from the registry by id.
 */
type DocumentRoot = EntityRecord & { document?: SourceDocument };

function documentOf(root: DocumentRoot, context: Context): SourceDocument {
  const document = root.document ?? context.documents.get(root.id);
  if (!document) {
    throw new DomainError('NOT_FOUND', `no source document for entity ${JSON.stringify(root.id)}`);
  }
  return document;
}
