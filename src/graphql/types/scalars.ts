import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from 'graphql';
import { isPartialDate } from '../../domain/partial-date';

function dateScalar(
  name: string,
  description: string,
  accepts: (value: string) => boolean,
  what: string,
) {
  /** One check and one message for a value, whether it came in a variable or in the query text. */
  const parse = (value: unknown, shown: string | undefined, node?: ValueNode): string => {
    if (typeof value !== 'string' || !accepts(value)) {
      throw new GraphQLError(`${name} must be ${what}; got ${shown?.slice(0, 40)}`, {
        nodes: node,
        // Reported during validation for a literal; formatError keeps this code rather than
        // Apollo's GRAPHQL_VALIDATION_FAILED, so both ways of sending a date fail alike.
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: (value) => parse(value, JSON.stringify(value)),
    // A literal is shown as written (`2021`, `"2021-13-45"`), as its JSON would be in a variable.
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined, print(ast), ast),
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
