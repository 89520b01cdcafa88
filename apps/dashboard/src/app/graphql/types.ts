/** The parts of the gateway's public schema the dashboard reads (packages/schema/src/*.graphql). */

export type MetricUnit = "PERCENT" | "COUNT" | "MINUTES" | "INDEX";
export type Attainment = "MET" | "NOT_MET" | "NO_TARGET" | "NO_DATA";
export type Comparator = "GTE" | "LTE" | "GT" | "LT" | "EQ";
export type ActivityStatus = "PLANNED" | "IN_PROGRESS" | "DONE" | "CANCELLED" | "UNKNOWN";
export type DecisionStatus = "PROPOSED" | "ADOPTED" | "UNKNOWN";
export type FindingTopic = "TRUST" | "UNIFORM_OFFERING" | "BOARD_FOLLOW_UP" | "PHONE" | "USAGE" | "OTHER";
export type FindingAuthor = "AUDITORS" | "BOARD" | "ADMINISTRATION";
export type MissingReason = "NOT_REPORTED" | "CONFIDENTIAL" | "TOO_FEW" | "NOT_APPLICABLE";
export type Sex = "K" | "M" | "T";
export type SubgraphState = "UP" | "DOWN" | "UNKNOWN";

export interface Source {
  document: string;
  dnr: string | null;
  quote: string | null;
}

export interface Metric {
  code: string;
  name: string;
  /** Null when the documents do not state the unit. */
  unit: MetricUnit | null;
  higherIsBetter: boolean;
  definition: string;
  source: Source | null;
  note: string | null;
}

export interface RegionStatus {
  code: string;
  name: string;
  state: SubgraphState;
  lastSuccess: string | null;
}

export interface RegionRef {
  code: string;
  name: string;
}

export interface Population {
  count: number;
  year: number;
  demo: boolean;
  source: Source | null;
  note: string | null;
}

export interface Measurement {
  period: string;
  value: number | null;
  missing: MissingReason | null;
  note: string | null;
  demo: boolean;
  source: Source | null;
}

export interface SeriesMeasurement extends Measurement {
  metric: { code: string };
  sex: Sex | null;
  careUnit: { hsaId: string } | null;
  /** The part of the region the value covers; null for the whole region. */
  scope: string | null;
}

export interface Goal {
  metric: { code: string };
  description: string | null;
  target: number | null;
  comparator: Comparator | null;
  period: string;
  attainment: Attainment;
  demo: boolean;
  latest: { period: string; value: number | null } | null;
  source: Source | null;
}

export interface Service {
  code: string;
  name: string;
}

export interface Municipality {
  code: string;
  name: string;
  demo: boolean;
}

export interface CareUnit {
  hsaId: string;
  name: string;
  kind: string;
  demo: boolean;
  municipality: Municipality;
  offerings: { service: Service; demo: boolean }[];
}

export interface Decision {
  dnr: string | null;
  date: string | null;
  body: string | null;
  title: string;
  status: DecisionStatus;
  note: string | null;
  demo: boolean;
  source: Source | null;
}

export interface Basutbud {
  validFrom: string;
  validTo: string | null;
  demo: boolean;
  services: Service[];
  decision: Decision | null;
  note: string | null;
  source: Source | null;
}

export interface MunicipalityCoverage {
  municipality: Municipality;
  share: number | null;
  unitsTotal: number;
  unitsComplete: number;
  missing: Service[];
  demo: boolean;
}

export interface Coverage {
  asOf: string;
  share: number | null;
  unitsTotal: number;
  unitsComplete: number;
  municipalities: MunicipalityCoverage[];
  demo: boolean;
}

export interface Activity {
  heading: string | null;
  title: string;
  start: string | null;
  due: string | null;
  status: ActivityStatus;
  /** The date or period the status is known for. */
  statusAsOf: string | null;
  completedOn: string | null;
  /** True overdue, false not, null when the status after the deadline is not known. */
  overdue: boolean | null;
  note: string | null;
  demo: boolean;
  source: Source | null;
}

export interface Audit {
  title: string;
  year: number | null;
  auditor: string | null;
  conclusion: string | null;
  note: string | null;
  demo: boolean;
  source: Source | null;
}

export interface Recommendation {
  ordinal: number;
  text: string;
  audit: { title: string; year: number | null };
  decisions: Decision[];
  activities: Activity[];
  demo: boolean;
  source: Source | null;
}

export interface ActionPlan {
  title: string;
  decision: Decision | null;
  activities: Activity[];
  demo: boolean;
  source: Source | null;
}

export interface Finding {
  topic: FindingTopic;
  statedBy: FindingAuthor;
  text: string;
  period: string | null;
  note: string | null;
  demo: boolean;
  source: Source | null;
}

export interface TimelineEvent {
  /** As the source writes it. */
  date: string;
  period: string | null;
  text: string;
  decision: { title: string; status: DecisionStatus } | null;
  note: string | null;
  demo: boolean;
  source: Source | null;
}
