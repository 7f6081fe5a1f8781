import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '../../domain/partial-date';

function dateScalar(
  name: string,
  description: string,
  accepts: (value: string) => boolean,
  what: string,
) {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string' || !accepts(value)) {
      throw new GraphQLError(
        `${name} must be ${what}; got ${JSON.stringify(value)?.slice(0, 40)}`,
        {
          extensions: { code: 'BAD_USER_INPUT' },
        },
      );
    }
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

/**
 * A date in a filter (asOf, from, to). It keeps the name `Date` that clients declare their
 * variables with, and also takes a month or a year, which stand for all their days.
 */
export const DateScalar = dateScalar(
  'Date',
  'A date to filter by, ISO 8601: a day (2021-04-16), a month (2021-04) or a year (2021). A month or a year stands for every day in it.',
  isPartialDate,
  'a date like 2021-04-16, 2021-04 or 2021',
);

/** A date as precise as the source text gives it. */
export const PartialDateScalar = dateScalar(
  'PartialDate',
  'An ISO 8601 date of year, month or day precision: 2021, 2021-04 or 2021-04-16.',
  isPartialDate,
  'a date like 2021, 2021-04 or 2021-04-16',
);
