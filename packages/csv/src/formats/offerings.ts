import { type CsvFormat, demoColumn, optional, required } from "./format.ts";

export const offerings: CsvFormat = {
  name: "offerings",
  singular: "Offering",
  plural: "Offerings",
  entity: "OFFERING",
  description: "Which care unit offers which service from when: one row per validity period.",
  columns: [
    required("careUnit", "The care unit's HSA-id (the unit must exist).", {
      field: "careUnitId",
      ref: "CARE_UNIT",
    }),
    required("service", "A service code of the national catalog.", { field: "serviceCode" }),
    required("validFrom", "First day of the offering, YYYY-MM-DD."),
    optional("validTo", "Last day of the offering, YYYY-MM-DD; blank while it is open.", { keep: true }),
    demoColumn,
  ],
  key: [{ field: "careUnitId" }, { field: "serviceCode" }, { field: "validFrom" }],
  keyColumn: "validFrom",
  final: [
    {
      field: "validTo",
      message: (stored) => `the offering was closed on ${stored}; history is not rewritten`,
    },
  ],
};
