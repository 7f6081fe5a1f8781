import { registerEnumType } from 'type-graphql';

/** How precisely the documents give a date. */
export enum DatePrecision {
  DAY = 'day',
  MONTH = 'month',
  YEAR = 'year',
}
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description:
    'How precisely the source gives a date: a day (2021-06-15), a month (2021-06) or a year (2021).',
  valuesConfig: {
    DAY: { description: 'The source names the day: the date is YYYY-MM-DD.' },
    MONTH: {
      description: 'The source names only the month: the date is YYYY-MM, every day of it.',
    },
    YEAR: { description: 'The source names only the year: the date is YYYY, every day of it.' },
  },
});

/** How a dated item must sit in a date window. */
export enum DateMatch {
  OVERLAP = 'overlap',
  WITHIN = 'within',
}
registerEnumType(DateMatch, {
  name: 'DateMatch',
  description:
    'OVERLAP keeps an item when any day it can mean falls in the window (a meeting dated only 2021-06 is in 15–20 June 2021); WITHIN only when every day does (an item dated only 2022 is not within January 2022).',
  valuesConfig: {
    OVERLAP: {
      description:
        'Keep an item when at least one day it can mean falls in the window (the default).',
    },
    WITHIN: { description: 'Keep an item only when every day it can mean falls in the window.' },
  },
});
