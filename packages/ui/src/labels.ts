import type {
  ActivityStatus,
  Attainment,
  Comparator,
  DecisionStatus,
  Entity,
  FindingAuthor,
  FindingTopic,
  MetricUnit,
  MissingReason,
  Provider,
  Publication,
  Role,
  Sex,
} from "@jamlik/domain/enums";

/** Every enum the reader sees, in Swedish. Symbols repeat the meaning that colour also carries. */

export const ATTAINMENT: Record<Attainment, { symbol: string; text: string; description: string }> = {
  MET: { symbol: "✓", text: "Uppnått", description: "Senaste värdet når målet." },
  NOT_MET: { symbol: "✗", text: "Ej uppnått", description: "Senaste värdet når inte målet." },
  NO_TARGET: { symbol: "–", text: "Inget målvärde", description: "Målet anger ingen målnivå." },
  NO_DATA: {
    symbol: "?",
    text: "Saknar data",
    description: "Det finns inget mätvärde för hela regionen inom målets period.",
  },
};

export const ACTIVITY_STATUS: Record<ActivityStatus, string> = {
  PLANNED: "Planerad",
  IN_PROGRESS: "Pågår",
  DONE: "Klar",
  CANCELLED: "Avbruten",
  UNKNOWN: "Okänd status",
};

export const DECISION_STATUS: Record<DecisionStatus, string> = {
  PROPOSED: "Förslag till beslut (om det antogs anges inte)",
  ADOPTED: "Beslutat",
  UNKNOWN: "Om och när det beslutades anges inte",
};

export const FINDING_TOPIC: Record<FindingTopic, string> = {
  TRUST: "Förtroende",
  UNIFORM_OFFERING: "Enhetligt utbud",
  BOARD_FOLLOW_UP: "Styrelsens uppföljning",
  PHONE: "1177 på telefon",
  USAGE: "Användning",
  OTHER: "Övrigt",
};

export const FINDING_AUTHOR: Record<FindingAuthor, string> = {
  AUDITORS: "Revisorerna",
  BOARD: "Regionstyrelsen",
  ADMINISTRATION: "Regionens förvaltning",
};

export const COMPARATOR: Record<Comparator, string> = {
  GTE: "minst",
  LTE: "högst",
  GT: "över",
  LT: "under",
  EQ: "exakt",
};

export const MISSING_REASON: Record<MissingReason, string> = {
  NOT_REPORTED: "Redovisas inte",
  CONFIDENTIAL: "Sekretess",
  TOO_FEW: "För få observationer",
  NOT_APPLICABLE: "Ej tillämpligt",
};

export const PROVIDER: Record<Provider, string> = { PUBLIC: "Offentlig regi", PRIVATE: "Privat regi" };

export const SEX: Record<Sex, string> = { K: "Kvinnor", M: "Män", T: "Totalt" };

export const METRIC_UNIT: Record<MetricUnit, string> = {
  PERCENT: "procent",
  MINUTES: "minuter",
  COUNT: "antal",
  INDEX: "index",
};

export const PUBLICATION: Record<Publication, string> = {
  DRAFT: "Utkast",
  PUBLISHED: "Publicerad",
  RETRACTED: "Tillbakadragen",
};

export const ROLE: Record<Role, string> = {
  viewer: "läsare",
  editor: "redaktör",
  publisher: "publicerare",
  admin: "administratör",
};

export const ENTITY: Record<Entity, string> = {
  CARE_UNIT: "Vårdenhet",
  OFFERING: "Erbjudande",
  DECISION: "Beslut",
  BASUTBUD: "Basutbud",
  GOAL: "Mål",
  MEASUREMENT: "Mätvärde",
  AUDIT: "Granskning",
  RECOMMENDATION: "Rekommendation",
  ACTION_PLAN: "Handlingsplan",
  ACTIVITY: "Aktivitet",
  FINDING: "Iakttagelse",
  EVENT: "Händelse",
};

/** The Swedish words of the schema's enums by GraphQL type name, for forms generated from the schema. */
export const ENUM_VALUES: Record<string, Record<string, string>> = {
  ActivityStatus: ACTIVITY_STATUS,
  Comparator: COMPARATOR,
  DecisionStatus: DECISION_STATUS,
  FindingAuthor: FINDING_AUTHOR,
  FindingTopic: FINDING_TOPIC,
  MissingReason: MISSING_REASON,
  Provider: PROVIDER,
  Sex: SEX,
  MetricUnit: METRIC_UNIT,
};

/** An enum value in Swedish, with its code: "Pågår (IN_PROGRESS)"; the bare code for an unknown enum. */
export function enumValueLabel(enumName: string, value: string): string {
  const word = ENUM_VALUES[enumName]?.[value];
  return word ? `${word} (${value})` : value;
}

export const DEMO_EXPLANATION = "Syntetiska uppgifter för demonstration, inte hämtade ur något dokument.";
