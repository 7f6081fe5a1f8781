/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of thing an entity is. */
export type EntityKind =
  /** One action of an action plan. */
  | 'ACTION_ITEM'
  /** A country or regional action plan. */
  | 'ACTION_PLAN'
  /** A budget line with its amount and fiscal year. */
  | 'BUDGET_ITEM'
  /** A country, by its ISO code. */
  | 'COUNTRY'
  /** One of the five source documents. */
  | 'DOCUMENT'
  /** A partnership, dialogue or initiative (IPEF, the CoRe Partnership, JUCEP, …). */
  | 'FRAMEWORK'
  /** A performance indicator of a policy evaluation. */
  | 'INDICATOR'
  /** A measured value of an indicator. */
  | 'MEASUREMENT'
  /** A summit, ministerial meeting, call or dialogue session on a day. */
  | 'MEETING'
  /** A ministry, agency, company or international body. */
  | 'ORGANIZATION'
  /** A named official or leader. */
  | 'PERSON'
  /** A city or venue. */
  | 'PLACE'
  /** A policy measure or programme. */
  | 'POLICY_MEASURE'
  /** A world region that a plan addresses. */
  | 'REGION'
  /** An industry or priority sector. */
  | 'SECTOR'
  /** A statement, declaration or joint document. */
  | 'STATEMENT'
  /** One item of a strategy document (Trade Strategy 2026). */
  | 'STRATEGY_ITEM';

/** Language of names and explanations. */
export type Lang =
  /** English. */
  | 'EN'
  /** Japanese. */
  | 'JA';

/** A type of relation between two entities, from the curated vocabulary; each value says what it links. */
export type RelationType =
  /** A meeting or actor issued or adopted a statement or document. From MEETING, COUNTRY, ORGANIZATION, PERSON to STATEMENT, ACTION_PLAN. */
  | 'ADOPTED'
  /** A meeting discussed, reviewed or advanced a framework, plan or measure. From MEETING to FRAMEWORK, ACTION_PLAN, POLICY_MEASURE, STRATEGY_ITEM, ACTION_ITEM. */
  | 'ADVANCED'
  /** A meeting agreed to hold a later meeting or event (the later one is its outcome). From MEETING to MEETING. */
  | 'AGREED_TO_HOLD'
  /** An actor took part in a meeting; `capacity` holds the title held then. From PERSON, COUNTRY, ORGANIZATION to MEETING. */
  | 'ATTENDED'
  /** An item belongs to a plan, strategy, indicator set or policy goal. From ACTION_ITEM, STRATEGY_ITEM, INDICATOR, POLICY_MEASURE, BUDGET_ITEM to ACTION_PLAN, STRATEGY_ITEM, POLICY_MEASURE. */
  | 'BELONGS_TO'
  /** A framework succeeds, inherits or builds on an earlier one. From FRAMEWORK, ACTION_PLAN, POLICY_MEASURE, STRATEGY_ITEM to FRAMEWORK, ACTION_PLAN, POLICY_MEASURE, STRATEGY_ITEM, STATEMENT. */
  | 'BUILDS_ON'
  /** A measure, item, statement or framework is about a sector or topic. From ACTION_ITEM, STRATEGY_ITEM, POLICY_MEASURE, ACTION_PLAN, FRAMEWORK, STATEMENT, INDICATOR to SECTOR. */
  | 'CONCERNS'
  /** An indicator or measurement takes its figures from a survey, programme, organization or document. From INDICATOR, MEASUREMENT to ORGANIZATION, DOCUMENT, STATEMENT, POLICY_MEASURE, ACTION_ITEM. */
  | 'DATA_SOURCE'
  /** A meeting covered a sector or topic. From MEETING, FRAMEWORK, STATEMENT to SECTOR. */
  | 'DISCUSSED'
  /** A meeting was followed by another in the same series. From MEETING to MEETING. */
  | 'FOLLOWED_BY'
  /** A budget line funds a policy measure. From BUDGET_ITEM to POLICY_MEASURE. */
  | 'FUNDS'
  /** A meeting took place in a country or place. From MEETING to COUNTRY, REGION, PLACE. */
  | 'HELD_IN'
  /** A person holds a title in an organization or country; `title` and validity give when. From PERSON to ORGANIZATION, COUNTRY. */
  | 'HOLDS_ROLE'
  /** An actor hosted or chaired a meeting. From PERSON, COUNTRY, ORGANIZATION, PLACE to MEETING. */
  | 'HOSTED'
  /** A framework, item or measure involves an actor that is not a formal participant. From ACTION_ITEM, STRATEGY_ITEM, POLICY_MEASURE, ACTION_PLAN, FRAMEWORK, MEETING, STATEMENT to PERSON, COUNTRY, ORGANIZATION, FRAMEWORK, REGION. */
  | 'INVOLVES'
  /** An organization or person issued a document or statement. From PERSON, COUNTRY, ORGANIZATION to DOCUMENT, STATEMENT, ACTION_PLAN, POLICY_MEASURE. */
  | 'ISSUED'
  /** A meeting (or actor) launched, established or agreed to launch a framework or plan. From MEETING, COUNTRY, ORGANIZATION, PERSON to FRAMEWORK, ACTION_PLAN, POLICY_MEASURE, STRATEGY_ITEM. */
  | 'LAUNCHED'
  /** A place lies in a country or region, or a region within a wider region. From PLACE, REGION to COUNTRY, REGION, PLACE. */
  | 'LOCATED_IN'
  /** An indicator measures a policy goal or a framework. From INDICATOR to POLICY_MEASURE, FRAMEWORK, STRATEGY_ITEM. */
  | 'MEASURES'
  /** A country belongs to a region or organization as the documents group it. From COUNTRY, ORGANIZATION, PLACE to REGION, ORGANIZATION. */
  | 'MEMBER_OF'
  /** Generated, never curated: an entity is mentioned in a document (see the mention index). From any entity to DOCUMENT. */
  | 'MENTIONED_IN'
  /** Two people held talks (the meeting itself is linked with ATTENDED when it is an entity). From PERSON to PERSON. */
  | 'MET_WITH'
  /** An organization is responsible for a measure, plan item or indicator. From ORGANIZATION, COUNTRY to ACTION_ITEM, STRATEGY_ITEM, POLICY_MEASURE, ACTION_PLAN, INDICATOR, BUDGET_ITEM, FRAMEWORK. */
  | 'OWNS'
  /** A country or organization takes part in a framework (validFrom: since when). From COUNTRY, ORGANIZATION, REGION to FRAMEWORK. */
  | 'PARTICIPATES_IN'
  /** A component belongs to a larger whole: a pillar of a framework, an agency of a ministry. From FRAMEWORK, ORGANIZATION, MEETING, STATEMENT, SECTOR to FRAMEWORK, ORGANIZATION, MEETING, STATEMENT, SECTOR. */
  | 'PART_OF'
  /** A strategy item names a sector as a priority (promising) field. From ACTION_ITEM, STRATEGY_ITEM, POLICY_MEASURE, ACTION_PLAN, FRAMEWORK to SECTOR. */
  | 'PRIORITISES'
  /** A target, result or indicator names a framework, plan, meeting or measure it is about. From INDICATOR, MEASUREMENT to FRAMEWORK, ACTION_PLAN, MEETING, POLICY_MEASURE, STRATEGY_ITEM. */
  | 'REFERS_TO'
  /** A country or organization signed, concluded or ratified an agreement. From COUNTRY, ORGANIZATION to FRAMEWORK, STATEMENT. */
  | 'SIGNED'
  /** A strategy item, plan item or measure is aimed at a country, region or place. From ACTION_ITEM, STRATEGY_ITEM, POLICY_MEASURE, ACTION_PLAN, FRAMEWORK to COUNTRY, REGION, PLACE. */
  | 'TARGETS'
  /** A strategy or plan item works through a framework. From ACTION_ITEM, STRATEGY_ITEM, POLICY_MEASURE, ACTION_PLAN, MEETING to FRAMEWORK. */
  | 'USES_FRAMEWORK'
  /** A measurement (target, result, rating for a fiscal year) belongs to an indicator. From MEASUREMENT to INDICATOR. */
  | 'VALUE_OF';

export type CountryPageQueryVariables = Exact<{
  code: string;
}>;


export type CountryPageQuery = { country: { id: string, code: string, nameJa: string, nameEn: string | null, regions: Array<{ entity:
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
      , relation: { id: string, note: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }>, strategy: Array<{ region:
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
       | null, document: { id: string, nameJa: string, nameEn: string | null, issuer: string, issuerEn: string, date: string | null }, items: Array<{ item: { entity:
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
          , relation: { id: string, note: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }, prioritySectors: Array<{ entity:
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
          , relation: { id: string } }>, actions: Array<{ entity:
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
          , relation: { id: string } }> }> }> } | null };

export type CountryStrategyQueryVariables = Exact<{
  code: string;
}>;


export type CountryStrategyQuery = { country: { id: string, code: string, nameJa: string, nameEn: string | null, strategy: Array<{ region:
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
        | { id: string, nameJa: string }
       | null, document: { id: string, nameJa: string }, items: Array<{ item: { entity:
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
           }, prioritySectors: Array<{ entity:
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
            | { id: string, nameJa: string, nameEn: string | null }
          , relation: { sources: Array<{ id: string, lineStart: number, quote: string }> } }>, actions: Array<{ entity:
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
            | { id: string, nameJa: string }
           }> }> }> } | null };

export type DocumentCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentCatalogueQuery = { documents: Array<{ id: string, issuer: string, issuerEn: string, date: string | null }> };

export type DocumentLinesQueryVariables = Exact<{
  id: string | number;
  from: number;
  to: number;
}>;


export type DocumentLinesQuery = { entity:
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { issuer: string, issuerEn: string, title: string, id: string, nameJa: string, nameEn: string | null, date: string | null, lines: Array<{ number: number, text: string }> | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
    | { id: string, nameJa: string, nameEn: string | null, date: string | null }
   | null };

export type EntityDetailsQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EntityDetailsQuery = { entity:
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
    | { id: string, kind: EntityKind, subtype: string | null, nameJa: string, nameEn: string | null, aliases: Array<string>, date: string | null, description: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: RelationType, capacity: string | null, title: string | null, validFrom: string | null, validTo: string | null, note: string | null, from:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , to:
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
              | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
            , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> } }
   | null };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  asOf?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, kind: EntityKind, label: string, labelEn: string | null }>, edges: Array<{ id: string, type: RelationType, source: string, target: string, label: string, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> }> } };

export type PathGraphQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
  relationTypes?: Array<RelationType> | RelationType | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  lang?: Lang | null | undefined;
}>;


export type PathGraphQuery = { paths: Array<{ length: number, explanation: string, nodes: Array<
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    >, relations: Array<{ id: string, type: RelationType, capacity: string | null, title: string | null, note: string | null, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> }> }> };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, matchedText: string, entity:
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
     }> };

export type SharedQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  first?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type SharedQuery = { entities: Array<
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
  >, shared: Array<{ entity:
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
      | { id: string, kind: EntityKind, nameJa: string, nameEn: string | null }
    , relations: Array<{ id: string, type: RelationType, capacity: string | null, title: string | null, note: string | null, from:
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
      , to:
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
        | { id: string, nameJa: string, nameEn: string | null }
      , sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> }> }> };

export type SourceFieldsFragment = { id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } };

export type StrategyRowsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type StrategyRowsQuery = { entities: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, prioritySectors: Array<{ entity:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , relation: { id: string, note: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }>, items: Array<{ entity:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
        , relation: { id: string, note: string | null, sources: Array<{ id: string, lineStart: number, lineEnd: number, quote: string, inferred: boolean, note: string | null, document: { id: string, nameJa: string, nameEn: string | null } }> } }> }
  > };

export const SourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineStart"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<SourceFieldsFragment, unknown>;
export const CountryPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuerEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prioritySectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineStart"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<CountryPageQuery, CountryPageQueryVariables>;
export const CountryStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountryStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"country"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"prioritySectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineStart"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountryStrategyQuery, CountryStrategyQueryVariables>;
export const DocumentCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuerEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<DocumentCatalogueQuery, DocumentCatalogueQueryVariables>;
export const DocumentLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"issuerEn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentLinesQuery, DocumentLinesQueryVariables>;
export const EntityDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subtype"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineStart"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const NeighborhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighborhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighborhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineStart"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PathGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationTypes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Lang"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"relationTypes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationTypes"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineStart"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PathGraphQuery, PathGraphQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedText"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SharedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Shared"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shared"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineStart"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<SharedQuery, SharedQueryVariables>;
export const StrategyRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StrategyRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StrategyItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prioritySectors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SourceFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineStart"}},{"kind":"Field","name":{"kind":"Name","value":"lineEnd"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<StrategyRowsQuery, StrategyRowsQueryVariables>;