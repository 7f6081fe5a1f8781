import { FieldResolver, Resolver, Root } from 'type-graphql';
import { parsePartialDate } from '../../domain/partial-date';
import type { EntityRecord } from '../../services/records';
import { DatePrecision } from '../types/dates.type';
import { EntityInterface } from '../types/entity.interface';

/** What a partial date means, next to the date itself. */
@Resolver(() => EntityInterface)
export class EntityDateResolver {
  @FieldResolver(() => DatePrecision, {
    nullable: true,
    description:
      'Whether `date` names a day, a month or a year; a month or a year stands for all its days.',
  })
  datePrecision(@Root() entity: EntityRecord): DatePrecision | null {
    const parsed = entity.date ? parsePartialDate(entity.date) : null;
    return parsed ? (parsed.precision as DatePrecision) : null;
  }
}
