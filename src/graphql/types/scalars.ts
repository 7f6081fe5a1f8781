import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isFullDate, isPartialDate } from '../../domain/partial-date';

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

/** A calendar date, YYYY-MM-DD. */
export const DateScalar = dateScalar(
  'Date',
  'A full ISO 8601 calendar date, YYYY-MM-DD.',
  isFullDate,
  'a date like 2021-04-16',
);

/** A date as precise as the source text gives it. */
export const PartialDateScalar = dateScalar(
  'PartialDate',
  'An ISO 8601 date of year, month or day precision: 2021, 2021-04 or 2021-04-16.',
  isPartialDate,
  'a date like 2021, 2021-04 or 2021-04-16',
);
