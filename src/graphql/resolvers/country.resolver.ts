import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EntityRecord } from '../../services/records';
import type { Context } from '../context';
import { CountryStrategyGroup } from '../types/country-view.type';
import { Country } from '../types/entity-kinds.type';
import { Link } from '../types/relation.type';
import { links, type LinkValue } from './links';

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
      'Strategy items that target the country, with priority sectors and actions, grouped by region and document.',
  })
  async strategy(
    @Root() country: EntityRecord,
    @Ctx() c: Context,
  ): Promise<CountryStrategyGroup[]> {
    return (await c.loaders.strategy.load(country.id))?.groups ?? [];
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
