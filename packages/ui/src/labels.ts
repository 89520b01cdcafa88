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

/** What happened to a published record (the federated schema's PublishedChangeKind). */
export const PUBLISHED_CHANGE_KIND: Record<string, string> = {
  PUBLISHED: "Publicerad",
  CHANGED: "Ändrad",
  RETRACTED: "Tillbakadragen",
  LINKED: "Kopplad",
  UNLINKED: "Koppling borttagen",
};

/** The links between records the change history names beside the entities. */
export const LINK_ENTITY: Record<string, string> = {
  RECOMMENDATION_DECISION: "Rekommendation–beslut",
  RECOMMENDATION_ACTIVITY: "Rekommendation–aktivitet",
};

/** Swedish names of the admin API's fields; a field without one shows its API name. */
export const FIELD_LABEL: Record<string, string> = {
  hsaId: "HSA-id",
  name: "Namn",
  municipalityCode: "Kommunkod",
  municipalityName: "Kommun",
  kind: "Typ",
  provider: "Driftsform",
  closedOn: "Stängd från och med",
  demo: "Demodata (syntetisk)",
  sourceDocument: "Källdokument",
  sourceDnr: "Källans diarienummer",
  sourceQuote: "Citat ur källan",
  position: "Ordning",
  source: "Källa",
  document: "Dokument",
  dnr: "Diarienummer",
  quote: "Citat ur källan",
  careUnitId: "Vårdenhet (id)",
  serviceCode: "Tjänst (kod)",
  validFrom: "Gäller från",
  validTo: "Gäller till och med",
  date: "Datum",
  body: "Beslutande organ",
  title: "Rubrik",
  text: "Text",
  status: "Status",
  note: "Anmärkning",
  services: "Tjänster (koder, en per rad)",
  decisionId: "Beslut (id)",
  metricCode: "Mått (kod)",
  target: "Målnivå",
  comparator: "Jämförelse",
  period: "Period",
  value: "Värde",
  sex: "Kön",
  scope: "Del av regionen",
  missing: "Varför värde saknas",
  year: "År",
  auditor: "Revisor",
  focus: "Vad granskningen främst avsåg",
  titleInferred: "Titeln är härledd ur texten",
  yearInferred: "Året är härlett ur texten",
  conclusion: "Slutsats",
  auditId: "Granskning (id)",
  recommendationId: "Rekommendation (id)",
  actionPlanId: "Handlingsplan (id)",
  heading: "Avsnitt",
  start: "Start",
  due: "Klart senast",
  statusAsOf: "Status känd per",
  completedOn: "Klar datum",
  topic: "Ämne",
  author: "Vem som konstaterar",
  statedBy: "Vem som konstaterar",
  description: "Beskrivning",
  ordinal: "Nummer i granskningen",
  responsible: "Ansvarig",
};

/** A field's Swedish name, or its API name where it has none. */
export const fieldLabel = (field: string) => FIELD_LABEL[field] ?? field;
