import { type CsvFormat, demoColumn, required } from "./format.ts";

export const careUnits: CsvFormat = {
  name: "care-units",
  singular: "CareUnit",
  plural: "CareUnits",
  entity: "CARE_UNIT",
  description: "Care units (vårdcentraler, hälsocentraler), one per HSA-id.",
  columns: [
    required("hsaId", "The unit's HSA-id: names the unit, an import updates the unit with the same HSA-id."),
    required("name", "The unit's name."),
    required("municipalityCode", "SCB municipality code (kommunkod), four digits."),
    required("municipalityName", "The municipality's name."),
    required("kind", "Kind of unit, for example vårdcentral or hälsocentral."),
    required("provider", "PUBLIC or PRIVATE (any case).", { kind: "code" }),
    demoColumn,
  ],
  key: [{ field: "hsaId" }],
  keyColumn: "hsaId",
  sortBy: [{ field: "hsaId" }],
};
