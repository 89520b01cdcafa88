import type { ActivityStatus, Attainment, Comparator, MissingReason } from "./graphql/types.ts";

/** Every enum the reader sees, in Swedish. Symbols repeat the meaning that colour also carries. */

export const ATTAINMENT: Record<Attainment, { symbol: string; text: string; description: string }> = {
  MET: { symbol: "✓", text: "Uppnått", description: "Senaste värdet når målet." },
  NOT_MET: { symbol: "✗", text: "Ej uppnått", description: "Senaste värdet når inte målet." },
  NO_TARGET: { symbol: "–", text: "Inget målvärde", description: "Målet anger ingen målnivå." },
  NO_DATA: { symbol: "?", text: "Saknar data", description: "Det finns inget mätvärde för målet ännu." },
};

export const ACTIVITY_STATUS: Record<ActivityStatus, string> = {
  PLANNED: "Planerad",
  IN_PROGRESS: "Pågår",
  DONE: "Klar",
  CANCELLED: "Avbruten",
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
