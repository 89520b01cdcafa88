/** The parts of the gateway's public schema the dashboard reads (packages/schema/src/*.graphql). */

export type MetricUnit = "PERCENT" | "COUNT" | "MINUTES" | "INDEX";
export type Attainment = "MET" | "NOT_MET" | "NO_TARGET" | "NO_DATA";
export type Comparator = "GTE" | "LTE" | "GT" | "LT" | "EQ";
export type ActivityStatus = "PLANNED" | "IN_PROGRESS" | "DONE" | "CANCELLED";
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
  unit: MetricUnit;
  higherIsBetter: boolean;
  definition: string;
  source: Source | null;
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
}

export interface CareUnit {
  hsaId: string;
  name: string;
  kind: string;
  demo: boolean;
  municipality: Municipality;
  offerings: { service: Service }[];
}

export interface Decision {
  dnr: string | null;
  date: string | null;
  body: string | null;
  title: string;
  source: Source | null;
}

export interface Basutbud {
  validFrom: string;
  validTo: string | null;
  demo: boolean;
  services: Service[];
  decision: Decision | null;
  source: Source | null;
}

export interface MunicipalityCoverage {
  municipality: Municipality;
  share: number | null;
  unitsTotal: number;
  unitsComplete: number;
  missing: Service[];
}

export interface Coverage {
  asOf: string;
  share: number | null;
  unitsTotal: number;
  unitsComplete: number;
  municipalities: MunicipalityCoverage[];
}

export interface Activity {
  heading: string | null;
  title: string;
  due: string | null;
  status: ActivityStatus;
  completedOn: string | null;
  overdue: boolean;
  source: Source | null;
}

export interface Audit {
  title: string;
  year: number | null;
  auditor: string | null;
  conclusion: string | null;
  source: Source | null;
}

export interface Recommendation {
  ordinal: number;
  text: string;
  audit: { title: string; year: number | null };
  decisions: Decision[];
  activities: Activity[];
  source: Source | null;
}

export interface ActionPlan {
  title: string;
  decision: Decision | null;
  activities: Activity[];
  source: Source | null;
}
