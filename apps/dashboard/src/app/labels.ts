import type {
  ActivityStatus,
  Attainment,
  Comparator,
  DecisionStatus,
  FindingAuthor,
  FindingTopic,
  MissingReason,
} from "./graphql/fragmentTypes.ts";

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

export const DEMO_EXPLANATION = "Syntetiska uppgifter för demonstration, inte hämtade ur något dokument.";
