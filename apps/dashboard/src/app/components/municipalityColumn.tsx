import { DemoTag } from "@jamlik/ui";
import type { MunicipalityCoverage } from "../graphql/fragmentTypes.ts";
import type { Column } from "./DataTable.tsx";

/** The municipality that names a coverage row, marked where its figures come from demo data. */
export const municipalityColumn: Column<MunicipalityCoverage> = {
  header: "Kommun",
  rowHeader: true,
  cell: (m) => (
    <>
      {m.municipality.name} {m.demo && <DemoTag />}
    </>
  ),
  csv: (m) => m.municipality.name,
};
