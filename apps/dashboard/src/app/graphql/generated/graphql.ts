/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActivityStatus =
  | 'PLANNED'
  | 'IN_PROGRESS'
  | 'DONE'
  | 'CANCELLED'
  /** The source does not say whether the activity was done. */
  | 'UNKNOWN';

export type Attainment =
  | 'MET'
  | 'NOT_MET'
  /** The goal states no target level. */
  | 'NO_TARGET'
  /** No total measurement of the metric within the goal's period. */
  | 'NO_DATA';

export type Comparator =
  /** At least the target. */
  | 'GTE'
  /** At most the target. */
  | 'LTE'
  | 'GT'
  | 'LT'
  | 'EQ';

export type DecisionStatus =
  /** A proposal (Förslag till beslut); the documents do not say it was adopted. */
  | 'PROPOSED'
  /** Decided, adopted or established, as the source says. */
  | 'ADOPTED'
  /** The source does not say whether or when it was decided. */
  | 'UNKNOWN';

/** Who states a finding. */
export type FindingAuthor =
  /** The region's auditors (revisorerna). */
  | 'AUDITORS'
  /** The regional board (regionstyrelsen). */
  | 'BOARD'
  /** The region's administration (regionkontoret, regiondirektören). */
  | 'ADMINISTRATION';

/** What a finding is about. */
export type FindingTopic =
  /** Residents' trust in 1177 (for example the health care barometer). */
  | 'TRUST'
  /** Whether every part of the region offers the same services (jämlik vård). */
  | 'UNIFORM_OFFERING'
  /** What the board is told and follows up. */
  | 'BOARD_FOLLOW_UP'
  /** 1177 Vårdguiden på telefon. */
  | 'PHONE'
  /** How much the services are used. */
  | 'USAGE'
  | 'OTHER';

export type MetricUnit =
  | 'PERCENT'
  | 'COUNT'
  | 'MINUTES'
  | 'INDEX';

/** Why a measurement has no value. */
export type MissingReason =
  /** The source reports no value. */
  | 'NOT_REPORTED'
  /** The value is confidential (sekretess). */
  | 'CONFIDENTIAL'
  /** Too few observations to report. */
  | 'TOO_FEW'
  /** The metric does not apply. */
  | 'NOT_APPLICABLE';

export type PublishedChangeKind =
  /** Published for the first time. */
  | 'PUBLISHED'
  /** Published again with other values. */
  | 'CHANGED'
  /** Withdrawn: no longer served. */
  | 'RETRACTED'
  /** A recommendation linked to a decision or an activity. */
  | 'LINKED'
  /** Such a link removed. */
  | 'UNLINKED';

/** K = kvinnor, M = män, T = totalt. */
export type Sex =
  | 'K'
  | 'M'
  | 'T';

export type SubgraphState =
  /** Its last exchange with the gateway (a query or the health probe) succeeded. */
  | 'UP'
  /** Its last exchange failed: it is down, too slow or answered garbage. */
  | 'DOWN'
  /** Not asked yet. */
  | 'UNKNOWN';

export type MetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsQuery = { metrics: Array<{ code: string, name: string, unit: MetricUnit | null, higherIsBetter: boolean, definition: string, note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null }> };

export type RegionerQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionerQuery = { regions: Array<
    | { code: string, name: string }
    | { code: string, name: string }
    | { code: string, name: string }
  > };

export type OversiktQueryVariables = Exact<{
  publishedAsOf?: string | null | undefined;
}>;


export type OversiktQuery = { regionStatus: Array<{ code: string, name: string, state: SubgraphState, lastSuccess: string | null }>, regions: Array<
    | { code: string, name: string, population: { count: number, year: number, demo: boolean, note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, goals: Array<{ description: string | null, target: number | null, comparator: Comparator | null, period: string | null, attainment: Attainment, demo: boolean, metric: { code: string }, latest: { period: string, value: number | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, trend: Array<{ period: string, value: number | null, sex: Sex | null, scope: string | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, careUnit: { hsaId: string } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, latestValues: Array<{ period: string, value: number | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, source: { document: string, dnr: string | null, quote: string | null } | null }> | null }
    | { code: string, name: string, population: { count: number, year: number, demo: boolean, note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, goals: Array<{ description: string | null, target: number | null, comparator: Comparator | null, period: string | null, attainment: Attainment, demo: boolean, metric: { code: string }, latest: { period: string, value: number | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, trend: Array<{ period: string, value: number | null, sex: Sex | null, scope: string | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, careUnit: { hsaId: string } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, latestValues: Array<{ period: string, value: number | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, source: { document: string, dnr: string | null, quote: string | null } | null }> | null }
    | { code: string, name: string, population: { count: number, year: number, demo: boolean, note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, goals: Array<{ description: string | null, target: number | null, comparator: Comparator | null, period: string | null, attainment: Attainment, demo: boolean, metric: { code: string }, latest: { period: string, value: number | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, trend: Array<{ period: string, value: number | null, sex: Sex | null, scope: string | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, careUnit: { hsaId: string } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, latestValues: Array<{ period: string, value: number | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, source: { document: string, dnr: string | null, quote: string | null } | null }> | null }
  > };

export type MattQueryVariables = Exact<{
  metric: string;
  publishedAsOf?: string | null | undefined;
}>;


export type MattQuery = { regionStatus: Array<{ code: string, name: string, state: SubgraphState, lastSuccess: string | null }>, metric: { code: string, name: string, unit: MetricUnit | null, higherIsBetter: boolean, definition: string, note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, regions: Array<
    | { code: string, name: string, measurements: Array<{ period: string, value: number | null, sex: Sex | null, scope: string | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, careUnit: { hsaId: string } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, goals: Array<{ description: string | null, target: number | null, comparator: Comparator | null, period: string | null, attainment: Attainment, demo: boolean, metric: { code: string }, latest: { period: string, value: number | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null }
    | { code: string, name: string, measurements: Array<{ period: string, value: number | null, sex: Sex | null, scope: string | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, careUnit: { hsaId: string } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, goals: Array<{ description: string | null, target: number | null, comparator: Comparator | null, period: string | null, attainment: Attainment, demo: boolean, metric: { code: string }, latest: { period: string, value: number | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null }
    | { code: string, name: string, measurements: Array<{ period: string, value: number | null, sex: Sex | null, scope: string | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, careUnit: { hsaId: string } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, goals: Array<{ description: string | null, target: number | null, comparator: Comparator | null, period: string | null, attainment: Attainment, demo: boolean, metric: { code: string }, latest: { period: string, value: number | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null }
  > };

export type UtbudQueryVariables = Exact<{
  region: string;
  asOf: string;
  publishedAsOf?: string | null | undefined;
}>;


export type UtbudQuery = { regionStatus: Array<{ code: string, name: string, state: SubgraphState, lastSuccess: string | null }>, regions: Array<
    | { code: string, name: string, coverage: { asOf: string, share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean } | null }
    | { code: string, name: string, coverage: { asOf: string, share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean } | null }
    | { code: string, name: string, coverage: { asOf: string, share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean } | null }
  >, services: Array<{ code: string, name: string }>, region:
    | { code: string, name: string, basutbud: { validFrom: string, validTo: string | null, demo: boolean, note: string | null, services: Array<{ code: string, name: string }>, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, coverage: { asOf: string, share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipalities: Array<{ share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipality: { code: string, name: string, demo: boolean }, missing: Array<{ code: string, name: string }> }> } | null, careUnits: Array<{ hsaId: string, name: string, kind: string, closedOn: string | null, demo: boolean, municipality: { code: string, name: string, demo: boolean }, offerings: Array<{ demo: boolean, service: { code: string, name: string } }> }> | null }
    | { code: string, name: string, basutbud: { validFrom: string, validTo: string | null, demo: boolean, note: string | null, services: Array<{ code: string, name: string }>, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, coverage: { asOf: string, share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipalities: Array<{ share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipality: { code: string, name: string, demo: boolean }, missing: Array<{ code: string, name: string }> }> } | null, careUnits: Array<{ hsaId: string, name: string, kind: string, closedOn: string | null, demo: boolean, municipality: { code: string, name: string, demo: boolean }, offerings: Array<{ demo: boolean, service: { code: string, name: string } }> }> | null }
    | { code: string, name: string, basutbud: { validFrom: string, validTo: string | null, demo: boolean, note: string | null, services: Array<{ code: string, name: string }>, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, coverage: { asOf: string, share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipalities: Array<{ share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipality: { code: string, name: string, demo: boolean }, missing: Array<{ code: string, name: string }> }> } | null, careUnits: Array<{ hsaId: string, name: string, kind: string, closedOn: string | null, demo: boolean, municipality: { code: string, name: string, demo: boolean }, offerings: Array<{ demo: boolean, service: { code: string, name: string } }> }> | null }
   | null };

export type RevisionQueryVariables = Exact<{
  asOf: string;
  publishedAsOf?: string | null | undefined;
}>;


export type RevisionQuery = { regionStatus: Array<{ code: string, name: string, state: SubgraphState, lastSuccess: string | null }>, regions: Array<
    | { code: string, name: string, audits: Array<{ title: string, titleInferred: boolean, year: number | null, yearInferred: boolean, auditor: string | null, focus: string | null, conclusion: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, recommendations: Array<{ ordinal: number, text: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, audit: { title: string, year: number | null }, decisionLinks: Array<{ note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } }>, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> }> | null, actionPlans: Array<{ title: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> }> | null, findings: Array<{ topic: FindingTopic, statedBy: FindingAuthor, text: string, period: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, events: Array<{ date: string, period: string | null, text: string, note: string | null, demo: boolean, decision: { title: string, status: DecisionStatus } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null }
    | { code: string, name: string, audits: Array<{ title: string, titleInferred: boolean, year: number | null, yearInferred: boolean, auditor: string | null, focus: string | null, conclusion: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, recommendations: Array<{ ordinal: number, text: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, audit: { title: string, year: number | null }, decisionLinks: Array<{ note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } }>, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> }> | null, actionPlans: Array<{ title: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> }> | null, findings: Array<{ topic: FindingTopic, statedBy: FindingAuthor, text: string, period: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, events: Array<{ date: string, period: string | null, text: string, note: string | null, demo: boolean, decision: { title: string, status: DecisionStatus } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null }
    | { code: string, name: string, audits: Array<{ title: string, titleInferred: boolean, year: number | null, yearInferred: boolean, auditor: string | null, focus: string | null, conclusion: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, recommendations: Array<{ ordinal: number, text: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, audit: { title: string, year: number | null }, decisionLinks: Array<{ note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } }>, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> }> | null, actionPlans: Array<{ title: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> }> | null, findings: Array<{ topic: FindingTopic, statedBy: FindingAuthor, text: string, period: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, events: Array<{ date: string, period: string | null, text: string, note: string | null, demo: boolean, decision: { title: string, status: DecisionStatus } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null }
  > };

export type RegionrapportQueryVariables = Exact<{
  region: string;
  asOf: string;
  publishedAsOf?: string | null | undefined;
}>;


export type RegionrapportQuery = { regionStatus: Array<{ code: string, name: string, state: SubgraphState, lastSuccess: string | null }>, metrics: Array<{ code: string, name: string, unit: MetricUnit | null, higherIsBetter: boolean, definition: string, note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null }>, regions: Array<
    | { code: string, name: string }
    | { code: string, name: string }
    | { code: string, name: string }
  >, region:
    | { code: string, name: string, publishedAsOf: string | null, publicationVersion: number | null, population: { count: number, year: number, demo: boolean, note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, goals: Array<{ description: string | null, target: number | null, comparator: Comparator | null, period: string | null, attainment: Attainment, demo: boolean, metric: { code: string }, latest: { period: string, value: number | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, measurements: Array<{ period: string, value: number | null, sex: Sex | null, scope: string | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, careUnit: { hsaId: string } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, basutbud: { validFrom: string, validTo: string | null, demo: boolean, note: string | null, services: Array<{ code: string, name: string }>, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, coverage: { asOf: string, share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipalities: Array<{ share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipality: { code: string, name: string, demo: boolean }, missing: Array<{ code: string, name: string }> }> } | null, audits: Array<{ title: string, titleInferred: boolean, year: number | null, yearInferred: boolean, auditor: string | null, focus: string | null, conclusion: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, recommendations: Array<{ ordinal: number, text: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, audit: { title: string, year: number | null }, decisionLinks: Array<{ note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } }>, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> }> | null, actionPlans: Array<{ title: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> }> | null, findings: Array<{ topic: FindingTopic, statedBy: FindingAuthor, text: string, period: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, events: Array<{ date: string, period: string | null, text: string, note: string | null, demo: boolean, decision: { title: string, status: DecisionStatus } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null }
    | { code: string, name: string, publishedAsOf: string | null, publicationVersion: number | null, population: { count: number, year: number, demo: boolean, note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, goals: Array<{ description: string | null, target: number | null, comparator: Comparator | null, period: string | null, attainment: Attainment, demo: boolean, metric: { code: string }, latest: { period: string, value: number | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, measurements: Array<{ period: string, value: number | null, sex: Sex | null, scope: string | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, careUnit: { hsaId: string } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, basutbud: { validFrom: string, validTo: string | null, demo: boolean, note: string | null, services: Array<{ code: string, name: string }>, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, coverage: { asOf: string, share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipalities: Array<{ share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipality: { code: string, name: string, demo: boolean }, missing: Array<{ code: string, name: string }> }> } | null, audits: Array<{ title: string, titleInferred: boolean, year: number | null, yearInferred: boolean, auditor: string | null, focus: string | null, conclusion: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, recommendations: Array<{ ordinal: number, text: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, audit: { title: string, year: number | null }, decisionLinks: Array<{ note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } }>, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> }> | null, actionPlans: Array<{ title: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> }> | null, findings: Array<{ topic: FindingTopic, statedBy: FindingAuthor, text: string, period: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, events: Array<{ date: string, period: string | null, text: string, note: string | null, demo: boolean, decision: { title: string, status: DecisionStatus } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null }
    | { code: string, name: string, publishedAsOf: string | null, publicationVersion: number | null, population: { count: number, year: number, demo: boolean, note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, goals: Array<{ description: string | null, target: number | null, comparator: Comparator | null, period: string | null, attainment: Attainment, demo: boolean, metric: { code: string }, latest: { period: string, value: number | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, measurements: Array<{ period: string, value: number | null, sex: Sex | null, scope: string | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, careUnit: { hsaId: string } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, basutbud: { validFrom: string, validTo: string | null, demo: boolean, note: string | null, services: Array<{ code: string, name: string }>, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null } | null, coverage: { asOf: string, share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipalities: Array<{ share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipality: { code: string, name: string, demo: boolean }, missing: Array<{ code: string, name: string }> }> } | null, audits: Array<{ title: string, titleInferred: boolean, year: number | null, yearInferred: boolean, auditor: string | null, focus: string | null, conclusion: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, recommendations: Array<{ ordinal: number, text: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, audit: { title: string, year: number | null }, decisionLinks: Array<{ note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } }>, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> }> | null, actionPlans: Array<{ title: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> }> | null, findings: Array<{ topic: FindingTopic, statedBy: FindingAuthor, text: string, period: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> | null, events: Array<{ date: string, period: string | null, text: string, note: string | null, demo: boolean, decision: { title: string, status: DecisionStatus } | null, source: { document: string, dnr: string | null, quote: string | null } | null }> | null }
   | null };

export type ForandringarQueryVariables = Exact<{
  region: string;
  from: string;
  to?: string | null | undefined;
}>;


export type ForandringarQuery = { region:
    | { code: string, changes: Array<{ at: string, kind: PublishedChangeKind, entity: string, recordId: number | null, label: string | null, demo: boolean, role: string, fields: Array<{ name: string, before: string | null, after: string | null }> }> | null }
    | { code: string, changes: Array<{ at: string, kind: PublishedChangeKind, entity: string, recordId: number | null, label: string | null, demo: boolean, role: string, fields: Array<{ name: string, before: string | null, after: string | null }> }> | null }
    | { code: string, changes: Array<{ at: string, kind: PublishedChangeKind, entity: string, recordId: number | null, label: string | null, demo: boolean, role: string, fields: Array<{ name: string, before: string | null, after: string | null }> }> | null }
   | null };

export type SourceFieldsFragment = { document: string, dnr: string | null, quote: string | null };

export type RegionStatusFieldsFragment = { code: string, name: string, state: SubgraphState, lastSuccess: string | null };

export type MetricFieldsFragment = { code: string, name: string, unit: MetricUnit | null, higherIsBetter: boolean, definition: string, note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null };

export type PopulationFieldsFragment = { count: number, year: number, demo: boolean, note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null };

export type LatestValueFieldsFragment = { period: string, value: number | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, source: { document: string, dnr: string | null, quote: string | null } | null };

export type MeasurementFieldsFragment = { period: string, value: number | null, sex: Sex | null, scope: string | null, missing: MissingReason | null, note: string | null, demo: boolean, metric: { code: string }, careUnit: { hsaId: string } | null, source: { document: string, dnr: string | null, quote: string | null } | null };

export type GoalFieldsFragment = { description: string | null, target: number | null, comparator: Comparator | null, period: string | null, attainment: Attainment, demo: boolean, metric: { code: string }, latest: { period: string, value: number | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null };

export type DecisionFieldsFragment = { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null };

export type ActivityFieldsFragment = { heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null };

export type MunicipalityCoverageFieldsFragment = { share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipality: { code: string, name: string, demo: boolean }, missing: Array<{ code: string, name: string }> };

export type CoverageFieldsFragment = { asOf: string, share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipalities: Array<{ share: number | null, unitsTotal: number, unitsComplete: number, demo: boolean, municipality: { code: string, name: string, demo: boolean }, missing: Array<{ code: string, name: string }> }> };

export type BasutbudFieldsFragment = { validFrom: string, validTo: string | null, demo: boolean, note: string | null, services: Array<{ code: string, name: string }>, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, source: { document: string, dnr: string | null, quote: string | null } | null };

export type AuditFieldsFragment = { title: string, titleInferred: boolean, year: number | null, yearInferred: boolean, auditor: string | null, focus: string | null, conclusion: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null };

export type RecommendationFieldsFragment = { ordinal: number, text: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, audit: { title: string, year: number | null }, decisionLinks: Array<{ note: string | null, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } }>, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> };

export type ActionPlanFieldsFragment = { title: string, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null, decision: { dnr: string | null, date: string | null, body: string | null, title: string, status: DecisionStatus, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null } | null, activities: Array<{ heading: string | null, title: string, start: string | null, due: string | null, status: ActivityStatus, statusAsOf: string | null, completedOn: string | null, overdue: boolean | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null }> };

export type FindingFieldsFragment = { topic: FindingTopic, statedBy: FindingAuthor, text: string, period: string | null, note: string | null, demo: boolean, source: { document: string, dnr: string | null, quote: string | null } | null };

export type EventFieldsFragment = { date: string, period: string | null, text: string, note: string | null, demo: boolean, decision: { title: string, status: DecisionStatus } | null, source: { document: string, dnr: string | null, quote: string | null } | null };

export type CareUnitFieldsFragment = { hsaId: string, name: string, kind: string, closedOn: string | null, demo: boolean, municipality: { code: string, name: string, demo: boolean }, offerings: Array<{ demo: boolean, service: { code: string, name: string } }> };

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
export const RegionStatusFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegionStatusFields on RegionStatus {
  code
  name
  state
  lastSuccess
}
    `, {"fragmentName":"RegionStatusFields"}) as unknown as TypedDocumentString<RegionStatusFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  document
  dnr
  quote
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const MetricFieldsFragmentDoc = new TypedDocumentString(`
    fragment MetricFields on Metric {
  code
  name
  unit
  higherIsBetter
  definition
  note
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}`, {"fragmentName":"MetricFields"}) as unknown as TypedDocumentString<MetricFieldsFragment, unknown>;
export const PopulationFieldsFragmentDoc = new TypedDocumentString(`
    fragment PopulationFields on Population {
  count
  year
  demo
  note
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}`, {"fragmentName":"PopulationFields"}) as unknown as TypedDocumentString<PopulationFieldsFragment, unknown>;
export const LatestValueFieldsFragmentDoc = new TypedDocumentString(`
    fragment LatestValueFields on Measurement {
  metric {
    code
  }
  period
  value
  missing
  note
  demo
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}`, {"fragmentName":"LatestValueFields"}) as unknown as TypedDocumentString<LatestValueFieldsFragment, unknown>;
export const MeasurementFieldsFragmentDoc = new TypedDocumentString(`
    fragment MeasurementFields on Measurement {
  metric {
    code
  }
  period
  value
  sex
  careUnit {
    hsaId
  }
  scope
  missing
  note
  demo
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}`, {"fragmentName":"MeasurementFields"}) as unknown as TypedDocumentString<MeasurementFieldsFragment, unknown>;
export const GoalFieldsFragmentDoc = new TypedDocumentString(`
    fragment GoalFields on Goal {
  metric {
    code
  }
  description
  target
  comparator
  period
  attainment
  demo
  latest {
    period
    value
  }
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}`, {"fragmentName":"GoalFields"}) as unknown as TypedDocumentString<GoalFieldsFragment, unknown>;
export const MunicipalityCoverageFieldsFragmentDoc = new TypedDocumentString(`
    fragment MunicipalityCoverageFields on MunicipalityCoverage {
  municipality {
    code
    name
    demo
  }
  share
  unitsTotal
  unitsComplete
  missing {
    code
    name
  }
  demo
}
    `, {"fragmentName":"MunicipalityCoverageFields"}) as unknown as TypedDocumentString<MunicipalityCoverageFieldsFragment, unknown>;
export const CoverageFieldsFragmentDoc = new TypedDocumentString(`
    fragment CoverageFields on Coverage {
  asOf
  share
  unitsTotal
  unitsComplete
  demo
  municipalities {
    ...MunicipalityCoverageFields
  }
}
    fragment MunicipalityCoverageFields on MunicipalityCoverage {
  municipality {
    code
    name
    demo
  }
  share
  unitsTotal
  unitsComplete
  missing {
    code
    name
  }
  demo
}`, {"fragmentName":"CoverageFields"}) as unknown as TypedDocumentString<CoverageFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = new TypedDocumentString(`
    fragment DecisionFields on Decision {
  dnr
  date
  body
  title
  status
  note
  demo
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}`, {"fragmentName":"DecisionFields"}) as unknown as TypedDocumentString<DecisionFieldsFragment, unknown>;
export const BasutbudFieldsFragmentDoc = new TypedDocumentString(`
    fragment BasutbudFields on Basutbud {
  validFrom
  validTo
  demo
  note
  services {
    code
    name
  }
  decision {
    ...DecisionFields
  }
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}
fragment DecisionFields on Decision {
  dnr
  date
  body
  title
  status
  note
  demo
  source {
    ...SourceFields
  }
}`, {"fragmentName":"BasutbudFields"}) as unknown as TypedDocumentString<BasutbudFieldsFragment, unknown>;
export const AuditFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuditFields on Audit {
  title
  titleInferred
  year
  yearInferred
  auditor
  focus
  conclusion
  note
  demo
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}`, {"fragmentName":"AuditFields"}) as unknown as TypedDocumentString<AuditFieldsFragment, unknown>;
export const ActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityFields on Activity {
  heading
  title
  start
  due
  status
  statusAsOf
  completedOn
  overdue(asOf: $asOf)
  note
  demo
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}`, {"fragmentName":"ActivityFields"}) as unknown as TypedDocumentString<ActivityFieldsFragment, unknown>;
export const RecommendationFieldsFragmentDoc = new TypedDocumentString(`
    fragment RecommendationFields on Recommendation {
  ordinal
  text
  demo
  source {
    ...SourceFields
  }
  audit {
    title
    year
  }
  decisionLinks {
    note
    source {
      ...SourceFields
    }
    decision {
      ...DecisionFields
    }
  }
  activities {
    ...ActivityFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}
fragment DecisionFields on Decision {
  dnr
  date
  body
  title
  status
  note
  demo
  source {
    ...SourceFields
  }
}
fragment ActivityFields on Activity {
  heading
  title
  start
  due
  status
  statusAsOf
  completedOn
  overdue(asOf: $asOf)
  note
  demo
  source {
    ...SourceFields
  }
}`, {"fragmentName":"RecommendationFields"}) as unknown as TypedDocumentString<RecommendationFieldsFragment, unknown>;
export const ActionPlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActionPlanFields on ActionPlan {
  title
  demo
  source {
    ...SourceFields
  }
  decision {
    ...DecisionFields
  }
  activities {
    ...ActivityFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}
fragment DecisionFields on Decision {
  dnr
  date
  body
  title
  status
  note
  demo
  source {
    ...SourceFields
  }
}
fragment ActivityFields on Activity {
  heading
  title
  start
  due
  status
  statusAsOf
  completedOn
  overdue(asOf: $asOf)
  note
  demo
  source {
    ...SourceFields
  }
}`, {"fragmentName":"ActionPlanFields"}) as unknown as TypedDocumentString<ActionPlanFieldsFragment, unknown>;
export const FindingFieldsFragmentDoc = new TypedDocumentString(`
    fragment FindingFields on Finding {
  topic
  statedBy
  text
  period
  note
  demo
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}`, {"fragmentName":"FindingFields"}) as unknown as TypedDocumentString<FindingFieldsFragment, unknown>;
export const EventFieldsFragmentDoc = new TypedDocumentString(`
    fragment EventFields on Event {
  date
  period
  text
  decision {
    title
    status
  }
  note
  demo
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}`, {"fragmentName":"EventFields"}) as unknown as TypedDocumentString<EventFieldsFragment, unknown>;
export const CareUnitFieldsFragmentDoc = new TypedDocumentString(`
    fragment CareUnitFields on CareUnit {
  hsaId
  name
  kind
  closedOn
  demo
  municipality {
    code
    name
    demo
  }
  offerings(asOf: $asOf) {
    service {
      code
      name
    }
    demo
  }
}
    `, {"fragmentName":"CareUnitFields"}) as unknown as TypedDocumentString<CareUnitFieldsFragment, unknown>;
export const MetricsDocument = new TypedDocumentString(`
    query Metrics {
  metrics {
    ...MetricFields
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}
fragment MetricFields on Metric {
  code
  name
  unit
  higherIsBetter
  definition
  note
  source {
    ...SourceFields
  }
}`, {"hash":"sha256:38c816ed40f408c6a0790a2d066818186c40eb4e1ce229f43f391fb5526bce5b"}) as unknown as TypedDocumentString<MetricsQuery, MetricsQueryVariables>;
export const RegionerDocument = new TypedDocumentString(`
    query Regioner {
  regions {
    code
    name
  }
}
    `, {"hash":"sha256:282153939207e1cd3472cb678c537005f2abf3bdfe1f7d483f46c59552a58bbf"}) as unknown as TypedDocumentString<RegionerQuery, RegionerQueryVariables>;
export const OversiktDocument = new TypedDocumentString(`
    query Oversikt($publishedAsOf: String) {
  regionStatus {
    ...RegionStatusFields
  }
  regions(asOf: $publishedAsOf) {
    code
    name
    population {
      ...PopulationFields
    }
    goals {
      ...GoalFields
    }
    trend: measurements {
      ...MeasurementFields
    }
    latestValues {
      ...LatestValueFields
    }
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}
fragment RegionStatusFields on RegionStatus {
  code
  name
  state
  lastSuccess
}
fragment PopulationFields on Population {
  count
  year
  demo
  note
  source {
    ...SourceFields
  }
}
fragment LatestValueFields on Measurement {
  metric {
    code
  }
  period
  value
  missing
  note
  demo
  source {
    ...SourceFields
  }
}
fragment MeasurementFields on Measurement {
  metric {
    code
  }
  period
  value
  sex
  careUnit {
    hsaId
  }
  scope
  missing
  note
  demo
  source {
    ...SourceFields
  }
}
fragment GoalFields on Goal {
  metric {
    code
  }
  description
  target
  comparator
  period
  attainment
  demo
  latest {
    period
    value
  }
  source {
    ...SourceFields
  }
}`, {"hash":"sha256:ea85390e7098103b33266e470f88fd9358986f19e65877743de7c52acac1eb8f"}) as unknown as TypedDocumentString<OversiktQuery, OversiktQueryVariables>;
export const MattDocument = new TypedDocumentString(`
    query Matt($metric: ID!, $publishedAsOf: String) {
  regionStatus {
    ...RegionStatusFields
  }
  metric(code: $metric) {
    ...MetricFields
  }
  regions(asOf: $publishedAsOf) {
    code
    name
    measurements(metric: $metric) {
      ...MeasurementFields
    }
    goals {
      ...GoalFields
    }
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}
fragment RegionStatusFields on RegionStatus {
  code
  name
  state
  lastSuccess
}
fragment MetricFields on Metric {
  code
  name
  unit
  higherIsBetter
  definition
  note
  source {
    ...SourceFields
  }
}
fragment MeasurementFields on Measurement {
  metric {
    code
  }
  period
  value
  sex
  careUnit {
    hsaId
  }
  scope
  missing
  note
  demo
  source {
    ...SourceFields
  }
}
fragment GoalFields on Goal {
  metric {
    code
  }
  description
  target
  comparator
  period
  attainment
  demo
  latest {
    period
    value
  }
  source {
    ...SourceFields
  }
}`, {"hash":"sha256:af75ce06477c23eaf0f2a81f7e8ccd97d01a6ac4d505b9321f3e273ce81a2741"}) as unknown as TypedDocumentString<MattQuery, MattQueryVariables>;
export const UtbudDocument = new TypedDocumentString(`
    query Utbud($region: ID!, $asOf: String!, $publishedAsOf: String) {
  regionStatus {
    ...RegionStatusFields
  }
  regions(asOf: $publishedAsOf) {
    code
    name
    coverage(asOf: $asOf) {
      asOf
      share
      unitsTotal
      unitsComplete
      demo
    }
  }
  services {
    code
    name
  }
  region(code: $region, asOf: $publishedAsOf) {
    code
    name
    basutbud(asOf: $asOf) {
      ...BasutbudFields
    }
    coverage(asOf: $asOf) {
      ...CoverageFields
    }
    careUnits {
      ...CareUnitFields
    }
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}
fragment RegionStatusFields on RegionStatus {
  code
  name
  state
  lastSuccess
}
fragment DecisionFields on Decision {
  dnr
  date
  body
  title
  status
  note
  demo
  source {
    ...SourceFields
  }
}
fragment MunicipalityCoverageFields on MunicipalityCoverage {
  municipality {
    code
    name
    demo
  }
  share
  unitsTotal
  unitsComplete
  missing {
    code
    name
  }
  demo
}
fragment CoverageFields on Coverage {
  asOf
  share
  unitsTotal
  unitsComplete
  demo
  municipalities {
    ...MunicipalityCoverageFields
  }
}
fragment BasutbudFields on Basutbud {
  validFrom
  validTo
  demo
  note
  services {
    code
    name
  }
  decision {
    ...DecisionFields
  }
  source {
    ...SourceFields
  }
}
fragment CareUnitFields on CareUnit {
  hsaId
  name
  kind
  closedOn
  demo
  municipality {
    code
    name
    demo
  }
  offerings(asOf: $asOf) {
    service {
      code
      name
    }
    demo
  }
}`, {"hash":"sha256:19ebb05ea67f2489de3086decc60e838b34d49ff73715bf206d4d5b69575d4a3"}) as unknown as TypedDocumentString<UtbudQuery, UtbudQueryVariables>;
export const RevisionDocument = new TypedDocumentString(`
    query Revision($asOf: String!, $publishedAsOf: String) {
  regionStatus {
    ...RegionStatusFields
  }
  regions(asOf: $publishedAsOf) {
    code
    name
    audits {
      ...AuditFields
    }
    recommendations {
      ...RecommendationFields
    }
    actionPlans {
      ...ActionPlanFields
    }
    findings {
      ...FindingFields
    }
    events {
      ...EventFields
    }
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}
fragment RegionStatusFields on RegionStatus {
  code
  name
  state
  lastSuccess
}
fragment DecisionFields on Decision {
  dnr
  date
  body
  title
  status
  note
  demo
  source {
    ...SourceFields
  }
}
fragment ActivityFields on Activity {
  heading
  title
  start
  due
  status
  statusAsOf
  completedOn
  overdue(asOf: $asOf)
  note
  demo
  source {
    ...SourceFields
  }
}
fragment AuditFields on Audit {
  title
  titleInferred
  year
  yearInferred
  auditor
  focus
  conclusion
  note
  demo
  source {
    ...SourceFields
  }
}
fragment RecommendationFields on Recommendation {
  ordinal
  text
  demo
  source {
    ...SourceFields
  }
  audit {
    title
    year
  }
  decisionLinks {
    note
    source {
      ...SourceFields
    }
    decision {
      ...DecisionFields
    }
  }
  activities {
    ...ActivityFields
  }
}
fragment ActionPlanFields on ActionPlan {
  title
  demo
  source {
    ...SourceFields
  }
  decision {
    ...DecisionFields
  }
  activities {
    ...ActivityFields
  }
}
fragment FindingFields on Finding {
  topic
  statedBy
  text
  period
  note
  demo
  source {
    ...SourceFields
  }
}
fragment EventFields on Event {
  date
  period
  text
  decision {
    title
    status
  }
  note
  demo
  source {
    ...SourceFields
  }
}`, {"hash":"sha256:cedc56f0e5960e2246dc1a84968629b5bb592868a00ad7c3ba5d10bb7dc47cb2"}) as unknown as TypedDocumentString<RevisionQuery, RevisionQueryVariables>;
export const RegionrapportDocument = new TypedDocumentString(`
    query Regionrapport($region: ID!, $asOf: String!, $publishedAsOf: String) {
  regionStatus {
    ...RegionStatusFields
  }
  metrics {
    ...MetricFields
  }
  regions {
    code
    name
  }
  region(code: $region, asOf: $publishedAsOf) {
    code
    name
    publishedAsOf
    publicationVersion
    population {
      ...PopulationFields
    }
    goals {
      ...GoalFields
    }
    measurements {
      ...MeasurementFields
    }
    basutbud(asOf: $asOf) {
      ...BasutbudFields
    }
    coverage(asOf: $asOf) {
      ...CoverageFields
    }
    audits {
      ...AuditFields
    }
    recommendations {
      ...RecommendationFields
    }
    actionPlans {
      ...ActionPlanFields
    }
    findings {
      ...FindingFields
    }
    events {
      ...EventFields
    }
  }
}
    fragment SourceFields on Source {
  document
  dnr
  quote
}
fragment RegionStatusFields on RegionStatus {
  code
  name
  state
  lastSuccess
}
fragment MetricFields on Metric {
  code
  name
  unit
  higherIsBetter
  definition
  note
  source {
    ...SourceFields
  }
}
fragment PopulationFields on Population {
  count
  year
  demo
  note
  source {
    ...SourceFields
  }
}
fragment MeasurementFields on Measurement {
  metric {
    code
  }
  period
  value
  sex
  careUnit {
    hsaId
  }
  scope
  missing
  note
  demo
  source {
    ...SourceFields
  }
}
fragment GoalFields on Goal {
  metric {
    code
  }
  description
  target
  comparator
  period
  attainment
  demo
  latest {
    period
    value
  }
  source {
    ...SourceFields
  }
}
fragment DecisionFields on Decision {
  dnr
  date
  body
  title
  status
  note
  demo
  source {
    ...SourceFields
  }
}
fragment ActivityFields on Activity {
  heading
  title
  start
  due
  status
  statusAsOf
  completedOn
  overdue(asOf: $asOf)
  note
  demo
  source {
    ...SourceFields
  }
}
fragment MunicipalityCoverageFields on MunicipalityCoverage {
  municipality {
    code
    name
    demo
  }
  share
  unitsTotal
  unitsComplete
  missing {
    code
    name
  }
  demo
}
fragment CoverageFields on Coverage {
  asOf
  share
  unitsTotal
  unitsComplete
  demo
  municipalities {
    ...MunicipalityCoverageFields
  }
}
fragment BasutbudFields on Basutbud {
  validFrom
  validTo
  demo
  note
  services {
    code
    name
  }
  decision {
    ...DecisionFields
  }
  source {
    ...SourceFields
  }
}
fragment AuditFields on Audit {
  title
  titleInferred
  year
  yearInferred
  auditor
  focus
  conclusion
  note
  demo
  source {
    ...SourceFields
  }
}
fragment RecommendationFields on Recommendation {
  ordinal
  text
  demo
  source {
    ...SourceFields
  }
  audit {
    title
    year
  }
  decisionLinks {
    note
    source {
      ...SourceFields
    }
    decision {
      ...DecisionFields
    }
  }
  activities {
    ...ActivityFields
  }
}
fragment ActionPlanFields on ActionPlan {
  title
  demo
  source {
    ...SourceFields
  }
  decision {
    ...DecisionFields
  }
  activities {
    ...ActivityFields
  }
}
fragment FindingFields on Finding {
  topic
  statedBy
  text
  period
  note
  demo
  source {
    ...SourceFields
  }
}
fragment EventFields on Event {
  date
  period
  text
  decision {
    title
    status
  }
  note
  demo
  source {
    ...SourceFields
  }
}`, {"hash":"sha256:fbe0527b5daebfeba9713f52cf78634c13adc6ac38791f5c1afb182984c7e8af"}) as unknown as TypedDocumentString<RegionrapportQuery, RegionrapportQueryVariables>;
export const ForandringarDocument = new TypedDocumentString(`
    query Forandringar($region: ID!, $from: String!, $to: String) {
  region(code: $region) {
    code
    changes(from: $from, to: $to) {
      at
      kind
      entity
      recordId
      label
      demo
      role
      fields {
        name
        before
        after
      }
    }
  }
}
    `, {"hash":"sha256:77bf15d8a3dec01f6c7bbb2a927c006b419060f5913e7c675d3afe7aff4b9996"}) as unknown as TypedDocumentString<ForandringarQuery, ForandringarQueryVariables>;