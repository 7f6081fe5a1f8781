/**
 * Ids are public (links, embedded widgets), so an id the curators retire keeps resolving: to the
 * entity it was merged into, or, where one entity was split, to the one that holds the statement
 * the old id was cited for. `npm run seeds:check` proves every retired id is gone from the graph
 * and every survivor is in it.
 */
export const RETIRED_IDS: ReadonlyMap<string, { survivor: string; why: string }> = new Map([
  [
    'meeting-2022-01-japan-us-summit-video',
    {
      survivor: 'meeting-2022-01-21-japan-us-summit',
      why: 'the same video summit of 21 January 2022, recorded twice',
    },
  ],
  [
    'meeting-2022-07-29-economic-2plus2-first',
    {
      survivor: 'meeting-2022-07-economic-2plus2-first',
      why: 'the documents give July 2022, not the day',
    },
  ],
  [
    'statement-2022-07-29-economic-2plus2-joint-statement',
    {
      survivor: 'statement-2022-07-economic-2plus2-joint-statement',
      why: 'the documents give July 2022, not the day',
    },
  ],
  [
    'person-yamada-kenji',
    {
      survivor: 'person-yamada-mofa-state-minister',
      why: 'split in three (METI 経産副大臣, MOFA 外務副大臣, MOFA 外務大臣政務官): no document says they are one person or gives a given name',
    },
  ],
  [
    'meeting-2025-08-20-ticad9',
    {
      survivor: 'meeting-ticad9',
      why: 'the document names TICAD9 but not its date; the day came from general knowledge',
    },
  ],
  [
    'statement-2025-08-ticad9-outcomes',
    {
      survivor: 'statement-ticad9-outcomes',
      why: 'the document does not date the outcomes of TICAD9',
    },
  ],
]);

/** The id an entity has now: a retired id becomes its survivor's, any other id is itself. */
export function currentId(id: string): string {
  return RETIRED_IDS.get(id)?.survivor ?? id;
}
