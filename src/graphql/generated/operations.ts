/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  lineStart
  lineEnd
  quote
  inferred
  note
  document {
    id
    nameJa
    nameEn
  }
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const CountryPageDocument = new TypedDocumentString(`
    query CountryPage($code: String!) {
  country(code: $code) {
    id
    code
    nameJa
    nameEn
    regions {
      entity {
        id
        nameJa
        nameEn
      }
      relation {
        id
        note
        sources {
          ...SourceFields
        }
      }
    }
    strategy(first: 100) {
      region {
        id
        nameJa
        nameEn
      }
      document {
        id
        nameJa
        nameEn
        issuer
        issuerEn
        date
      }
      items {
        item {
          entity {
            id
            nameJa
            nameEn
          }
          relation {
            id
            note
            sources {
              ...SourceFields
            }
          }
        }
        prioritySectors {
          entity {
            id
            nameJa
            nameEn
          }
          relation {
            id
          }
        }
        actions {
          entity {
            id
            nameJa
            nameEn
          }
          relation {
            id
          }
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  lineStart
  lineEnd
  quote
  inferred
  note
  document {
    id
    nameJa
    nameEn
  }
}`) as unknown as TypedDocumentString<CountryPageQuery, CountryPageQueryVariables>;
export const CountryStrategyDocument = new TypedDocumentString(`
    query CountryStrategy($code: String!) {
  country(code: $code) {
    id
    code
    nameJa
    nameEn
    strategy {
      region {
        id
        nameJa
      }
      document {
        id
        nameJa
      }
      items {
        item {
          entity {
            id
            nameJa
          }
        }
        prioritySectors {
          entity {
            id
            nameJa
            nameEn
          }
          relation {
            sources {
              id
              lineStart
              quote
            }
          }
        }
        actions {
          entity {
            id
            nameJa
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CountryStrategyQuery, CountryStrategyQueryVariables>;
export const DocumentCatalogueDocument = new TypedDocumentString(`
    query DocumentCatalogue {
  documents {
    id
    issuer
    issuerEn
    date
  }
}
    `) as unknown as TypedDocumentString<DocumentCatalogueQuery, DocumentCatalogueQueryVariables>;
export const DocumentLinesDocument = new TypedDocumentString(`
    query DocumentLines($id: ID!, $from: Int!, $to: Int!) {
  entity(id: $id) {
    id
    nameJa
    nameEn
    date
    ... on Document {
      issuer
      issuerEn
      title
      lines(from: $from, to: $to) {
        number
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DocumentLinesQuery, DocumentLinesQueryVariables>;
export const EntityDetailsDocument = new TypedDocumentString(`
    query EntityDetails($id: ID!, $first: Int, $after: String) {
  entity(id: $id) {
    id
    kind
    subtype
    nameJa
    nameEn
    aliases
    date
    description
    sources {
      ...SourceFields
    }
    relations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          type
          capacity
          title
          validFrom
          validTo
          note
          from {
            id
            kind
            nameJa
            nameEn
          }
          to {
            id
            kind
            nameJa
            nameEn
          }
          sources {
            ...SourceFields
          }
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  lineStart
  lineEnd
  quote
  inferred
  note
  document {
    id
    nameJa
    nameEn
  }
}`) as unknown as TypedDocumentString<EntityDetailsQuery, EntityDetailsQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $depth: Int, $relationTypes: [RelationType!], $asOf: Date, $limit: Int) {
  neighborhood(
    id: $id
    depth: $depth
    relationTypes: $relationTypes
    asOf: $asOf
    limit: $limit
  ) {
    nodes {
      id
      kind
      label
      labelEn
    }
    edges {
      id
      type
      source
      target
      label
      sources {
        ...SourceFields
      }
    }
    truncated
  }
}
    fragment SourceFields on Source {
  id
  lineStart
  lineEnd
  quote
  inferred
  note
  document {
    id
    nameJa
    nameEn
  }
}`) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathGraphDocument = new TypedDocumentString(`
    query PathGraph($from: ID!, $to: ID!, $maxHops: Int, $relationTypes: [RelationType!], $asOf: Date, $first: Int, $lang: Lang) {
  paths(
    from: $from
    to: $to
    maxHops: $maxHops
    relationTypes: $relationTypes
    asOf: $asOf
    first: $first
  ) {
    length
    explanation(lang: $lang)
    nodes {
      id
      kind
      nameJa
      nameEn
    }
    relations {
      id
      type
      capacity
      title
      note
      from {
        id
      }
      to {
        id
      }
      sources {
        ...SourceFields
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  lineStart
  lineEnd
  quote
  inferred
  note
  document {
    id
    nameJa
    nameEn
  }
}`) as unknown as TypedDocumentString<PathGraphQuery, PathGraphQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    score
    matchedText
    entity {
      id
      kind
      nameJa
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const SharedDocument = new TypedDocumentString(`
    query Shared($ids: [ID!]!, $first: Int, $asOf: Date) {
  entities(ids: $ids) {
    id
    kind
    nameJa
    nameEn
  }
  shared(ids: $ids, first: $first, asOf: $asOf) {
    entity {
      id
      kind
      nameJa
      nameEn
    }
    relations {
      id
      type
      capacity
      title
      note
      from {
        id
        nameJa
        nameEn
      }
      to {
        id
        nameJa
        nameEn
      }
      sources {
        ...SourceFields
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  lineStart
  lineEnd
  quote
  inferred
  note
  document {
    id
    nameJa
    nameEn
  }
}`) as unknown as TypedDocumentString<SharedQuery, SharedQueryVariables>;
export const StrategyRowsDocument = new TypedDocumentString(`
    query StrategyRows($ids: [ID!]!) {
  entities(ids: $ids) {
    id
    ... on StrategyItem {
      prioritySectors {
        entity {
          id
        }
        relation {
          id
          note
          sources {
            ...SourceFields
          }
        }
      }
      items {
        entity {
          id
        }
        relation {
          id
          note
          sources {
            ...SourceFields
          }
        }
      }
    }
  }
}
    fragment SourceFields on Source {
  id
  lineStart
  lineEnd
  quote
  inferred
  note
  document {
    id
    nameJa
    nameEn
  }
}`) as unknown as TypedDocumentString<StrategyRowsQuery, StrategyRowsQueryVariables>;