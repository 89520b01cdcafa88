import { composeServices } from "@apollo/composition";
import { REGIONS } from "@jamlik/registry";
import type { DocumentNode } from "graphql";
import { subgraphDefinitions } from "../../compose.ts";
import * as e from "../sdlEdits.ts";

type Edit = (d: DocumentNode) => DocumentNode;
function run(label: string, newer: Edit, older: Edit = (d) => d, oldCount = 1) {
  const defs = subgraphDefinitions(REGIONS).map((s, i) => {
    if (s.name === "national") return s;
    return { ...s, typeDefs: i <= oldCount ? older(s.typeDefs) : newer(s.typeDefs) };
  });
  const r = composeServices(defs);
  console.log(`\n== ${label}: ${r.errors ? "FAILS" : "composes"}`);
  for (const err of r.errors ?? [])
    console.log("  E", (err as any).extensions?.code, err.message.slice(0, 400));
  for (const h of r.hints ?? [])
    if (
      !/careUnits|municipalities|basutbud|coverage|measurements|latest|goals|audits|recommendations|decisions|actionPlans/.test(
        h.toString(),
      )
    )
      console.log("  H", h.toString().slice(0, 300));
}
const inacc: Edit = (d) => e.importFederationDirectives(d, "@inaccessible");
const c =
  (...fs: Edit[]): Edit =>
  (d) =>
    fs.reduce((x, f) => f(x), d);

run("baseline", (d) => d);
run("a: Region.newField String (nullable) on new only", (d) => e.addField(d, "Region", "newField: String"));
run(
  "a2: Region.newField @inaccessible on new",
  c(inacc, (d) => e.addField(d, "Region", "newField: String @inaccessible")),
);
run("a3: Region.newField only on region type (not interface)", (d) =>
  e.addField(d, "Norrbotten", "newField: String").definitions
    ? e.addField(
        e.addField(e.addField(d, "Vastmanland", "newField: String"), "Halland", "newField: String"),
        "Norrbotten",
        "newField: String",
      )
    : d,
);
run("b: CareUnit.newField String", (d) => e.addField(d, "CareUnit", "newField: String"));
run(
  "b2: CareUnit.newField @inaccessible",
  c(inacc, (d) => e.addField(d, "CareUnit", "newField: String @inaccessible")),
);
run("b3: Measurement.newField String!", (d) => e.addField(d, "Measurement", "newField: String!"));
run("c: Region.note removed? remove Region.goals on new", (d) => e.removeField(d, "Region", "goals"));
run("c2: CareUnit.kind removed on new", (d) => e.removeField(d, "CareUnit", "kind"));
run(
  "c3: CareUnit.kind @inaccessible on new (old plain)",
  c(inacc, (d) => e.addFieldDirective(d, "CareUnit", "kind", "@inaccessible")),
);
run(
  "c4: Region.goals @inaccessible on new (old plain)",
  c(inacc, (d) => e.addFieldDirective(d, "Region", "goals", "@inaccessible")),
);
run(
  "c5: CareUnit.kind removed on new, @inaccessible on old",
  (d) => e.removeField(d, "CareUnit", "kind"),
  c(inacc, (d) => e.addFieldDirective(d, "CareUnit", "kind", "@inaccessible")),
);
run(
  "c6: Region.goals removed on new, @inaccessible on old",
  (d) => e.removeField(d, "Region", "goals"),
  c(inacc, (d) => e.addFieldDirective(d, "Region", "goals", "@inaccessible")),
);
run("d: Measurement.value Float -> String", (d) => e.changeFieldType(d, "Measurement", "value", "String"));
run("d2: Measurement.period String! -> String (nullable)", (d) =>
  e.changeFieldType(d, "Measurement", "period", "String"),
);
run("d3: Measurement.value Float -> Float!", (d) => e.changeFieldType(d, "Measurement", "value", "Float!"));
run("d4: Region.goals [Goal!] -> [Goal]", (d) => e.changeFieldType(d, "Region", "goals", "[Goal]"));
run("d5: Region.audits [Audit!] -> Int", (d) => e.changeFieldType(d, "Region", "audits", "Int"));
run("e: Sex new value X", (d) => e.addEnumValue(d, "Sex", "X"));
run("e2: ActivityStatus new value", (d) => e.addEnumValue(d, "ActivityStatus", "POSTPONED"));
run("e3: Sex value removed", (d) => e.removeEnumValue(d, "Sex", "T"));
