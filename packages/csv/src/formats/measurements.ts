import { type CsvFormat, demoColumn, optional, required } from "./format.ts";

export const measurements: CsvFormat = {
  name: "measurements",
  singular: "Measurement",
  plural: "Measurements",
  entity: "MEASUREMENT",
  description: "Measured values of the national metrics: only metric, period and value are required.",
  columns: [
    required("metric", "A metric code of the national catalog.", { field: "metricCode" }),
    required("period", "Year (2020), quarter (2017-Q3), month (2020-05) or day (2021-05-20)."),
    required("value", 'The value ("83,5" or "83.5"); blank when `missing` says why.', {
      kind: "decimal",
      nullable: true,
    }),
    optional("sex", "K (kvinnor), M (män) or T (totalt); blank for the total.", { kind: "code" }),
    optional("careUnit", "The care unit's HSA-id, when the value is one unit's.", {
      field: "careUnitId",
      ref: "CARE_UNIT",
    }),
    optional(
      "scope",
      "The part of the region the value covers (for example närsjukvården); blank for the whole region.",
    ),
    optional("missing", "Why there is no value: NOT_REPORTED, CONFIDENTIAL, TOO_FEW or NOT_APPLICABLE.", {
      kind: "code",
    }),
    optional("source", "The source document's name.", { field: "source.document", keep: true }),
    optional("dnr", "The source document's diarienummer.", { field: "source.dnr", keep: true }),
    optional("quote", "A short quote from the source that states the value.", {
      field: "source.quote",
      keep: true,
    }),
    optional("note", "What is derived or inferred, and what the source leaves open.", { keep: true }),
    demoColumn,
  ],
  key: [
    { field: "metricCode" },
    { field: "period" },
    { field: "sex", ifNull: "T" },
    { field: "careUnitId", ifNull: 0 },
    { field: "scope", ifNull: "" },
  ],
  keyColumn: "period",
  sourceOf: ["value", "missing"],
  sortBy: [{ field: "metricCode" }, { field: "period", period: true }],
};
