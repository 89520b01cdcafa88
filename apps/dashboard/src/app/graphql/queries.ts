import type {
  ActionPlan,
  Audit,
  Basutbud,
  CareUnit,
  Coverage,
  Finding,
  Goal,
  Measurement,
  Metric,
  Population,
  Recommendation,
  RegionRef,
  RegionStatus,
  SeriesMeasurement,
  Service,
  TimelineEvent,
} from "./types.ts";

/**
 * Every document the dashboard sends, with the type of its answer. Values always travel as
 * variables; a page asks for everything it shows in one request.
 */

const SOURCE = "source { document dnr quote }";
const STATUS = "regionStatus { code name state lastSuccess }";
const ACTIVITY = `heading title start due status statusAsOf completedOn overdue(asOf: $asOf) note demo ${SOURCE}`;
const DECISION = `dnr date body title status note demo ${SOURCE}`;
const METRIC = `code name unit higherIsBetter definition note ${SOURCE}`;
const MEASUREMENT = `metric { code } period value sex careUnit { hsaId } scope missing note demo ${SOURCE}`;
const GOAL = `metric { code } description target comparator period attainment demo latest { period value } ${SOURCE}`;
const COVERAGE = `asOf share unitsTotal unitsComplete demo
      municipalities { municipality { code name demo } share unitsTotal unitsComplete missing { code name } demo }`;
const BASUTBUD = `validFrom validTo demo note services { code name } decision { ${DECISION} } ${SOURCE}`;
const AUDIT = `title year auditor conclusion note demo ${SOURCE}`;
const FINDING = `topic statedBy text period note demo ${SOURCE}`;
const EVENT = `date period text decision { title status } note demo ${SOURCE}`;
const POPULATION = `population { count year demo note ${SOURCE} }`;

/** The national metric catalog: asked once per visit and shared by the pages. */
export const METRICS = `query Metrics { metrics { ${METRIC} } }`;
export type MetricsData = { metrics: Metric[] };

/** The alias under which the Översikt query asks for one metric's latest value. */
export const latestAlias = (index: number): `latest${number}` => `latest${index}`;

/**
 * Översikt: for every region its goals, the latest value of each metric (one aliased
 * `latest(metric:)` per metric, the codes as variables) and every measurement for the trends.
 */
export function overviewQuery(metricCodes: readonly string[]): string {
  const variables = metricCodes.map((_, i) => `$metric${i}: ID!`).join(", ");
  const latest = metricCodes
    .map((_, i) => `${latestAlias(i)}: latest(metric: $metric${i}) { ...LatestValue }`)
    .join("\n    ");
  return `query Oversikt${variables ? `(${variables})` : ""} {
  ${STATUS}
  regions {
    code
    name
    ${POPULATION}
    goals { ${GOAL} }
    trend: measurements { ${MEASUREMENT} }
    ${latest}
  }
}
fragment LatestValue on Measurement { period value missing note demo ${SOURCE} }`;
}

export const overviewVariables = (metricCodes: readonly string[]) =>
  Object.fromEntries(metricCodes.map((code, i) => [`metric${i}`, code]));

export interface OverviewRegion extends RegionRef {
  population: Population | null;
  goals: Goal[] | null;
  trend: SeriesMeasurement[] | null;
  [latest: `latest${number}`]: Measurement | null | undefined;
}
export type OverviewData = { regionStatus: RegionStatus[]; regions: OverviewRegion[] };

/** Mått: one metric's measurements over time in every region, with the regions' goals. */
export const METRIC_SERIES = `query Matt($metric: ID!) {
  ${STATUS}
  metric(code: $metric) { ${METRIC} }
  regions {
    code
    name
    measurements(metric: $metric) { ${MEASUREMENT} }
    goals { ${GOAL} }
  }
}`;
export type MetricSeriesData = {
  regionStatus: RegionStatus[];
  metric: Metric | null;
  regions: (RegionRef & { measurements: SeriesMeasurement[] | null; goals: Goal[] | null })[];
};

/** Utbud: one region's care units with their offerings, the basutbud and its coverage on a day. */
export const OFFERINGS = `query Utbud($region: ID!, $asOf: String!) {
  ${STATUS}
  regions { code name }
  services { code name }
  region(code: $region) {
    code
    name
    basutbud(asOf: $asOf) { ${BASUTBUD} }
    coverage(asOf: $asOf) { ${COVERAGE} }
    careUnits { hsaId name kind demo municipality { code name demo } offerings(asOf: $asOf) { service { code name } demo } }
  }
}`;
export type OfferingsData = {
  regionStatus: RegionStatus[];
  regions: RegionRef[];
  services: Service[];
  region:
    | (RegionRef & {
        basutbud: Basutbud | null;
        coverage: Coverage | null;
        careUnits: CareUnit[] | null;
      })
    | null;
};

/** Revision och handlingsplaner: audits, recommendations → decisions → activities, action plans. */
export const FOLLOW_UP = `query Revision($asOf: String!) {
  ${STATUS}
  regions {
    code
    name
    audits { ${AUDIT} }
    recommendations {
      ordinal text demo ${SOURCE}
      audit { title year }
      decisions { ${DECISION} }
      activities { ${ACTIVITY} }
    }
    actionPlans { title demo ${SOURCE} decision { ${DECISION} } activities { ${ACTIVITY} } }
    findings { ${FINDING} }
    events { ${EVENT} }
  }
}`;
export interface FollowUpRegion extends RegionRef {
  audits: Audit[] | null;
  recommendations: Recommendation[] | null;
  actionPlans: ActionPlan[] | null;
  findings: Finding[] | null;
  events: TimelineEvent[] | null;
}
export type FollowUpData = { regionStatus: RegionStatus[]; regions: FollowUpRegion[] };

/** Regionrapport: everything one region's board follows up, in one request. */
export const REPORT = `query Regionrapport($region: ID!, $asOf: String!) {
  ${STATUS}
  metrics { ${METRIC} }
  regions { code name }
  region(code: $region) {
    code
    name
    ${POPULATION}
    goals { ${GOAL} }
    measurements { ${MEASUREMENT} }
    basutbud(asOf: $asOf) { ${BASUTBUD} }
    coverage(asOf: $asOf) { ${COVERAGE} }
    audits { ${AUDIT} }
    recommendations { ordinal text demo ${SOURCE} audit { title year } decisions { ${DECISION} } activities { ${ACTIVITY} } }
    actionPlans { title demo ${SOURCE} decision { ${DECISION} } activities { ${ACTIVITY} } }
    findings { ${FINDING} }
    events { ${EVENT} }
  }
}`;
export type ReportData = {
  regionStatus: RegionStatus[];
  metrics: Metric[];
  regions: RegionRef[];
  region:
    | (RegionRef & {
        goals: Goal[] | null;
        measurements: SeriesMeasurement[] | null;
        population: Population | null;
        basutbud: Basutbud | null;
        coverage: Coverage | null;
        audits: Audit[] | null;
        recommendations: Recommendation[] | null;
        actionPlans: ActionPlan[] | null;
        findings: Finding[] | null;
        events: TimelineEvent[] | null;
      })
    | null;
};

/** The region list (national): asked once per visit for the region pickers' default. */
export const REGION_LIST = "query Regioner { regions { code name } }";
export type RegionListData = { regions: RegionRef[] };
