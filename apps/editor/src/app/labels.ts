/** Swedish names of the admin API's entities and fields; a field without one shows its API name. */
export const ENTITY_NAMES: Record<string, string> = {
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

export const FIELD_LABELS: Record<string, string> = {
  hsaId: "HSA-id",
  name: "Namn",
  municipalityCode: "Kommunkod",
  municipalityName: "Kommun",
  kind: "Typ",
  provider: "Driftsform",
  demo: "Demodata (syntetisk)",
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
  responsible: "Ansvarig",
};

export const label = (field: string) => FIELD_LABELS[field] ?? field;

/** A record's name in a list: its name, title or the fields that identify it. */
export function recordTitle(data: Record<string, unknown>): string {
  for (const key of ["name", "title", "heading", "text"]) {
    const value = data[key];
    if (typeof value === "string" && value) return value.length > 90 ? `${value.slice(0, 88)} …` : value;
  }
  const parts = [data.metricCode, data.period, data.serviceCode, data.validFrom].filter(
    (v) => typeof v === "string",
  );
  return parts.length ? parts.join(" · ") : "–";
}
