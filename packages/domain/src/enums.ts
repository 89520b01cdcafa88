/** Enum values shared by the GraphQL schema, the database schema and the zod input schemas. */
export const SEXES = ["K", "M", "T"] as const;
export type Sex = (typeof SEXES)[number];

export const MISSING_REASONS = ["NOT_REPORTED", "CONFIDENTIAL", "TOO_FEW", "NOT_APPLICABLE"] as const;
export type MissingReason = (typeof MISSING_REASONS)[number];

export const COMPARATORS = ["GTE", "LTE", "GT", "LT", "EQ"] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const ATTAINMENTS = ["MET", "NOT_MET", "NO_TARGET", "NO_DATA"] as const;
export type Attainment = (typeof ATTAINMENTS)[number];

/** UNKNOWN: the source says nothing about whether the activity was done. */
export const ACTIVITY_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "CANCELLED", "UNKNOWN"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/** Whether a decision was taken: a proposal ("Förslag till beslut") is not a decision until adopted. */
export const DECISION_STATUSES = ["PROPOSED", "ADOPTED", "UNKNOWN"] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

/** What a finding is about. */
export const FINDING_TOPICS = [
  "TRUST",
  "UNIFORM_OFFERING",
  "BOARD_FOLLOW_UP",
  "PHONE",
  "USAGE",
  "OTHER",
] as const;
export type FindingTopic = (typeof FINDING_TOPICS)[number];

/** Who states a finding: the auditors, the board, or the region's administration (regionkontoret). */
export const FINDING_AUTHORS = ["AUDITORS", "BOARD", "ADMINISTRATION"] as const;
export type FindingAuthor = (typeof FINDING_AUTHORS)[number];

export const PROVIDERS = ["PUBLIC", "PRIVATE"] as const;
export type Provider = (typeof PROVIDERS)[number];

export const SERVICE_KINDS = ["E_SERVICE", "PHONE", "WEB", "VIDEO", "REGIONAL"] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const METRIC_UNITS = ["PERCENT", "COUNT", "MINUTES", "INDEX"] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

/** Publication state of a regional record; only PUBLISHED crosses the federated schema. */
export const RECORD_STATUSES = ["DRAFT", "PUBLISHED", "RETRACTED"] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** Admin roles, lowest first: each role may do what the ones before it may. */
export const ROLES = ["viewer", "editor", "publisher", "admin"] as const;
export type Role = (typeof ROLES)[number];
