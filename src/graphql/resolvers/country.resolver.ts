import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import {
  DEFAULT_STRATEGY_ITEMS,
  MAX_STRATEGY_ITEMS,
  type StrategyPage,
} from '../../services/country.service';
import type { EntityRecord } from '../../services/records';
import type { Context } from '../context';
import { CountryStrategyGroup } from '../types/country-view.type';
import { Country } from '../types/entity-kinds.type';
import { Link } from '../types/relation.type';
import { decodeCursor, encodeCursor } from './entity.resolver';
import { links, type LinkValue } from './links';
import { checkRange, firstDescription } from './arguments';

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => String, { description: 'ISO 3166-1 alpha-2 code, upper case.' })
  code(@Root() country: EntityRecord): string {
    return country.id.replace(/^country-/, '').toUpperCase();
  }

  @FieldResolver(() => [Link], { description: 'Frameworks it takes part in or signed.' })
  frameworks(@Root() country: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, country.id, ['PARTICIPATES_IN', 'SIGNED'], 'OUT', ['framework']);
  }

  @FieldResolver(() => [Link], {
    description: 'Meetings it attended, hosted or that were held there.',
  })
  meetings(@Root() country: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, country.id, ['ATTENDED', 'HOSTED', 'HELD_IN'], 'BOTH', ['meeting']);
  }

  @FieldResolver(() => [Link], {
    description: 'People holding a title of this country (HOLDS_ROLE).',
  })
  officials(@Root() country: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, country.id, ['HOLDS_ROLE'], 'IN', ['person']);
  }

  @FieldResolver(() => [Link], { description: 'Regions the documents place it in.' })
  regions(@Root() country: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    return links(c, country.id, ['MEMBER_OF'], 'OUT', ['region']);
  }

  @FieldResolver(() => [CountryStrategyGroup], {
    description:
      'Strategy items that target the country, a page at a time (in TARGETS relation order), with up to 20 priority sectors and 20 actions each, grouped by region and document. Fewer items than first means the last page; the same items page with totalCount and pageInfo through relations(types: [TARGETS], direction: IN), whose cursors are the same.',
  })
  async strategy(
    @Root() country: EntityRecord,
    @Ctx() c: Context,
    @Arg('first', () => Int, {
      defaultValue: DEFAULT_STRATEGY_ITEMS,
      nullable: true,
      description: firstDescription('strategy items', DEFAULT_STRATEGY_ITEMS),
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor of the last item already read (its cursor field).',
    })
    after: string | null,
  ): Promise<CountryStrategyGroup[]> {
    const page = strategyPageOf({ first, after });
    const view = await c.loaders.strategy.load({ entityId: country.id, ...page });
    return (view?.groups ?? []).map((group) => ({
      ...group,
      items: group.items.map((item) => ({ ...item, cursor: encodeCursor(item.item.relation.id) })),
    }));
  }

  @FieldResolver(() => [Link], {
    description: 'Priority sectors of every strategy item that targets it, without repeats.',
  })
  async prioritySectors(@Root() country: EntityRecord, @Ctx() c: Context): Promise<LinkValue[]> {
    const items = await links(c, country.id, ['TARGETS'], 'IN');
    const sectors = (
      await Promise.all(items.map((i) => links(c, i.entity.id, ['PRIORITISES'], 'OUT')))
    ).flat();
    const seen = new Set<string>();
    return sectors.filter((s) => !seen.has(s.entity.id) && seen.add(s.entity.id));
  }
}

/**
 * The page `Country.strategy(…)` reads, from its arguments: one function for the field resolver
 * and the look-ahead, so both build the same loader key. Throws on bad input.
 */
export function strategyPageOf(args: { first?: unknown; after?: unknown }): StrategyPage {
  // The same rule as every other `first` (1 to 100): 0 would read a page that cannot advance.
  const first = checkRange(
    'first',
    Number(args.first ?? DEFAULT_STRATEGY_ITEMS),
    1,
    MAX_STRATEGY_ITEMS,
  );
  const after = args.after == null ? null : decodeCursor(String(args.after));
  return { first, after };
}
